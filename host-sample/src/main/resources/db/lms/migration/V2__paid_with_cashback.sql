-- The part of a purchase paid with the learner's cashback balance.
ALTER TABLE lms_purchase ADD COLUMN paid_with_cashback NUMERIC(19,4) DEFAULT 0 NOT NULL;
