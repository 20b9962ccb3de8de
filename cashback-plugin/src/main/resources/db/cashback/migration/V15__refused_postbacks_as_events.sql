-- Postbacks a network sent that changed nothing (one for a transaction id already converted from
-- another learner's click, answered 409, or one sent while the network was disabled) are kept with
-- the host events the plugin refused, as kind POSTBACK: the event id is the network's transaction
-- id (its click id when it sent none), the purchase id the conversion key it would have used, the
-- payload its fields as sent. These columns say which network sent it and which click it named.
ALTER TABLE cb_refused_event ADD COLUMN network_code VARCHAR(40);
ALTER TABLE cb_refused_event ADD COLUMN click_id VARCHAR(100);
