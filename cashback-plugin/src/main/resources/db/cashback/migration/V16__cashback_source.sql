-- Where each cashback comes from, said outright. Until now cashback granted outside the rules
-- borrowed a stand-in rule id: -1 for a referral bonus, -1000000000 - <network id> for a network's
-- conversion and for an approved missing-cashback claim. Now a cashback records its source and the
-- one thing that source refers to: the rule (rule_id), the network of a conversion or claim
-- (network_id), or the referral of a bonus, by its referee (referral_id); rule_id is NULL where no
-- rule granted it.
ALTER TABLE cb_transaction ADD COLUMN source VARCHAR(24) DEFAULT 'RULE' NOT NULL;
ALTER TABLE cb_transaction ADD COLUMN network_id BIGINT;
ALTER TABLE cb_transaction ADD COLUMN referral_id VARCHAR(100);

-- The existing rows from their stand-in ids (rules count from 0; the demo network's id is -1, so
-- its stand-in is -999999999). An approved claim is the transaction its claim names; a referral
-- bonus is keyed "referral:<referee>".
UPDATE cb_transaction SET source = 'MISSING_CASHBACK_CLAIM', network_id = -1000000000 - rule_id
    WHERE rule_id < -1
      AND id IN (SELECT transaction_id FROM cb_claim WHERE transaction_id IS NOT NULL);
UPDATE cb_transaction SET source = 'NETWORK_CONVERSION', network_id = -1000000000 - rule_id
    WHERE rule_id < -1 AND source = 'RULE';
UPDATE cb_transaction SET source = 'REFERRAL_BONUS', referral_id = SUBSTRING(purchase_id FROM 10)
    WHERE rule_id = -1 AND purchase_id LIKE 'referral:%';

-- No more stand-ins: once per line and rule, where no rule counts as one rule (NULLS NOT DISTINCT),
-- so a conversion, claim or bonus is still recorded at most once per line.
ALTER TABLE cb_transaction DROP CONSTRAINT cb_transaction_once_per_line_and_rule;
ALTER TABLE cb_transaction ALTER COLUMN rule_id DROP NOT NULL;
UPDATE cb_transaction SET rule_id = NULL WHERE source <> 'RULE';
ALTER TABLE cb_transaction ADD CONSTRAINT cb_transaction_once_per_line_and_rule
    UNIQUE NULLS NOT DISTINCT (purchase_id, line_no, rule_id);

-- Each source with exactly its own reference (a stand-in left over fails here, not later).
ALTER TABLE cb_transaction ADD CONSTRAINT cb_transaction_source_reference CHECK (
    (source = 'RULE' AND rule_id IS NOT NULL AND rule_id >= 0
        AND network_id IS NULL AND referral_id IS NULL)
    OR (source IN ('NETWORK_CONVERSION', 'MISSING_CASHBACK_CLAIM')
        AND rule_id IS NULL AND network_id IS NOT NULL AND referral_id IS NULL)
    OR (source = 'REFERRAL_BONUS'
        AND rule_id IS NULL AND network_id IS NULL AND referral_id IS NOT NULL));
ALTER TABLE cb_transaction ADD CONSTRAINT cb_transaction_network
    FOREIGN KEY (network_id) REFERENCES cb_network (id);
ALTER TABLE cb_transaction ADD CONSTRAINT cb_transaction_referral
    FOREIGN KEY (referral_id) REFERENCES cb_referral (referee_id);
