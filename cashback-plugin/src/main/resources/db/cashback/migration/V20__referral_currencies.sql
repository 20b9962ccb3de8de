-- The referral programme's amounts in each further currency a referral was made under (its main
-- currency's amounts stay on cb_referral): what the referee's confirmed purchases in that currency
-- must reach, and the bonuses paid in it.
CREATE TABLE cb_referral_currency (
    referee_id         VARCHAR(100)  NOT NULL REFERENCES cb_referral (referee_id),
    position           INTEGER       NOT NULL,
    currency           VARCHAR(3)    NOT NULL,
    qualifying_amount  NUMERIC(19,4) NOT NULL,
    joining_bonus      NUMERIC(19,4) NOT NULL,
    referrer_bonus     NUMERIC(19,4) NOT NULL,
    PRIMARY KEY (referee_id, position),
    CONSTRAINT cb_referral_currency_once UNIQUE (referee_id, currency),
    CONSTRAINT cb_referral_currency_amounts CHECK (qualifying_amount >= 0 AND joining_bonus >= 0 AND referrer_bonus >= 0)
);
