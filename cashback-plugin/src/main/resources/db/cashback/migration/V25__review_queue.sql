-- A review queue against fraud: cashback that passes a learner's velocity limits or the
-- per-transaction threshold (or an instructor's own course, when so configured) is granted but
-- waits for an admin, who approves it (it is confirmed as usual) or declines it with a reason.
ALTER TABLE cb_transaction ADD COLUMN review_state VARCHAR(16);
ALTER TABLE cb_transaction ADD COLUMN review_reason VARCHAR(32);
ALTER TABLE cb_transaction ADD COLUMN review_detail VARCHAR(300);
ALTER TABLE cb_transaction ADD COLUMN reviewed_by VARCHAR(100);
ALTER TABLE cb_transaction ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cb_transaction ADD COLUMN review_note VARCHAR(500);

-- A learner's purchases and cashback in a day or a month, counted as each purchase is granted.
CREATE INDEX cb_transaction_user_purchased ON cb_transaction (user_id, purchased_at);
CREATE INDEX cb_transaction_review ON cb_transaction (review_state, created_at);
