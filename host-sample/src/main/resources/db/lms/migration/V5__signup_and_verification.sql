-- Self sign-up: verified e-mail and phone, and the messages a development platform keeps instead of
-- sending them.
ALTER TABLE lms_account ADD COLUMN email_verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE lms_account ADD COLUMN phone VARCHAR(20);
ALTER TABLE lms_account ADD COLUMN phone_verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE lms_account ADD COLUMN signed_up_at TIMESTAMP WITH TIME ZONE;
-- Accounts made before sign-up existed were created by the platform with known addresses.
UPDATE lms_account SET email_verified_at = CURRENT_TIMESTAMP;
CREATE UNIQUE INDEX lms_account_verified_phone ON lms_account (phone);

-- A link sent to verify an e-mail address; only its SHA-256 is kept.
CREATE TABLE lms_email_verification (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    username    VARCHAR(100) NOT NULL REFERENCES lms_account (username),
    email       VARCHAR(200) NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX lms_email_verification_user ON lms_email_verification (username, sent_at);

-- A one-time password sent by SMS; only its salted SHA-256 is kept, with the wrong attempts.
CREATE TABLE lms_phone_otp (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    username     VARCHAR(100) NOT NULL REFERENCES lms_account (username),
    phone        VARCHAR(20)  NOT NULL,
    code_hash    VARCHAR(64)  NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts     INTEGER      NOT NULL DEFAULT 0,
    verified_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX lms_phone_otp_user ON lms_phone_otp (username, sent_at);

-- E-mails and text messages a development platform shows on its dev mailbox page instead of sending.
CREATE TABLE lms_dev_message (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    channel     VARCHAR(8)    NOT NULL,
    recipient   VARCHAR(200)  NOT NULL,
    username    VARCHAR(100),
    subject     VARCHAR(300)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    link        VARCHAR(1000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lms_dev_message_user ON lms_dev_message (username, created_at);
