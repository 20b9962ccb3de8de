-- Referrals. Every user may have a code to share; a sign-up records its hashed address and browser
-- (for the self-referral checks of later sign-ups) and, with a code, links referee to referrer with
-- the programme's terms of that moment. The bonuses themselves are ordinary cashback transactions
-- keyed "referral:<referee>", so each is granted once.
CREATE TABLE cb_referral_code (
    user_id     VARCHAR(100) NOT NULL PRIMARY KEY,
    code        VARCHAR(16)  NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE cb_signup (
    user_id       VARCHAR(100) NOT NULL PRIMARY KEY,
    email_key     VARCHAR(200) NOT NULL,
    ip_hash       VARCHAR(64),
    device_hash   VARCHAR(64),
    signed_up_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE cb_referral (
    referee_id         VARCHAR(100)  NOT NULL PRIMARY KEY REFERENCES cb_signup (user_id),
    referrer_id        VARCHAR(100)  NOT NULL,
    code               VARCHAR(16)   NOT NULL,
    joined_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    qualify_until      TIMESTAMP WITH TIME ZONE NOT NULL,
    qualifying_amount  NUMERIC(19,4) NOT NULL,
    currency           VARCHAR(3)    NOT NULL,
    joining_bonus      NUMERIC(19,4) NOT NULL CHECK (joining_bonus >= 0),
    referrer_bonus     NUMERIC(19,4) NOT NULL CHECK (referrer_bonus >= 0),
    status             VARCHAR(16)   NOT NULL,
    checked_at         TIMESTAMP WITH TIME ZONE,
    rewarded_at        TIMESTAMP WITH TIME ZONE,
    row_version        BIGINT        NOT NULL,
    CHECK (referee_id <> referrer_id)
);
CREATE INDEX cb_referral_waiting ON cb_referral (status, checked_at);
CREATE INDEX cb_referral_referrer ON cb_referral (referrer_id);
