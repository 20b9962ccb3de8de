-- The shop click a network conversion came from, so a learner's click reads as converted (and is
-- not claimed as missing cashback). Empty for purchases in the host and for conversions recorded
-- before this column.
ALTER TABLE cb_transaction ADD COLUMN click_id VARCHAR(40);
CREATE INDEX cb_transaction_click ON cb_transaction (click_id);
