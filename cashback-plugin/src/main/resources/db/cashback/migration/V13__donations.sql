-- Donations. Each cashback records the share its learner chose to donate when it was granted; at
-- confirmation that share of it goes to the platform's DONATION account (what is owed to the
-- cause) instead of the learner's available balance, and a later reversal takes it back from there.
ALTER TABLE cb_transaction ADD COLUMN donation_share NUMERIC(7,4) DEFAULT 0 NOT NULL;
ALTER TABLE cb_transaction ADD COLUMN confirmed_amount NUMERIC(19,4);
ALTER TABLE cb_transaction ADD COLUMN donated_amount NUMERIC(19,4) DEFAULT 0 NOT NULL;
ALTER TABLE cb_transaction ADD COLUMN donation_reversed NUMERIC(19,4) DEFAULT 0 NOT NULL;
ALTER TABLE cb_transaction ADD CONSTRAINT cb_transaction_donation_kept
    CHECK (donation_share >= 0 AND donation_share <= 100 AND donated_amount >= 0
           AND donation_reversed >= 0 AND donation_reversed <= donated_amount
           AND donated_amount <= cashback_amount);

-- A learner's own choice; without one the configured default share applies.
CREATE TABLE cb_donation_choice (
    user_id        VARCHAR(100) NOT NULL PRIMARY KEY,
    share_percent  NUMERIC(7,4) NOT NULL CHECK (share_percent >= 0 AND share_percent <= 100),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
