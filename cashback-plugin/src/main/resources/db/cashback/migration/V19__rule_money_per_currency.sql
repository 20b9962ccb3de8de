-- A rule's money, currency by currency: its fixed amount (fixed rules), minimum purchase, maximum
-- per order, monthly cap per learner and budget in each currency it names, e.g. 5.00 USD or 500
-- JPY. A rule that names currencies grants only on purchases in one of them; a percentage rule
-- naming none grants in every currency. position keeps the admin's order (the first is the rule's
-- main currency).
CREATE TABLE cb_rule_money (
    rule_id               BIGINT        NOT NULL REFERENCES cb_rule (id),
    position              INTEGER       NOT NULL,
    currency              VARCHAR(3)    NOT NULL,
    fixed_amount          NUMERIC(19,4),
    minimum_purchase      NUMERIC(19,4),
    max_per_order         NUMERIC(19,4),
    monthly_cap_per_user  NUMERIC(19,4),
    budget                NUMERIC(19,4),
    PRIMARY KEY (rule_id, position),
    CONSTRAINT cb_rule_money_one_per_currency UNIQUE (rule_id, currency),
    CONSTRAINT cb_rule_money_fixed_positive CHECK (fixed_amount IS NULL OR fixed_amount > 0),
    CONSTRAINT cb_rule_money_minimum_not_negative CHECK (minimum_purchase IS NULL OR minimum_purchase >= 0)
);

-- What each budget has granted, per currency: kept by the database alone (a conditional update
-- under the rule's row lock when cashback is granted), apart from the terms an admin rewrites.
CREATE TABLE cb_rule_budget_use (
    rule_id   BIGINT        NOT NULL REFERENCES cb_rule (id),
    currency  VARCHAR(3)    NOT NULL,
    granted   NUMERIC(19,4) NOT NULL,
    PRIMARY KEY (rule_id, currency),
    CONSTRAINT cb_rule_budget_use_not_negative CHECK (granted >= 0)
);

INSERT INTO cb_rule_money (rule_id, position, currency, fixed_amount, minimum_purchase,
                           max_per_order, monthly_cap_per_user, budget)
SELECT id, 0, currency,
       CASE WHEN amount_type = 'FIXED' THEN amount END,
       CASE WHEN minimum_purchase > 0 THEN minimum_purchase END,
       max_per_order, monthly_cap_per_user, budget
  FROM cb_rule
 WHERE currency IS NOT NULL;

INSERT INTO cb_rule_budget_use (rule_id, currency, granted)
SELECT id, currency, budget_granted
  FROM cb_rule
 WHERE currency IS NOT NULL AND budget_granted > 0;

-- The rule's own columns keep the percentage (amount) of percentage rules; their money columns are
-- no longer read or written (a later release drops them), so a fixed rule leaves amount empty.
ALTER TABLE cb_rule ALTER COLUMN amount DROP NOT NULL;
ALTER TABLE cb_rule ALTER COLUMN minimum_purchase DROP NOT NULL;
ALTER TABLE cb_rule DROP CONSTRAINT cb_rule_budget_kept;
