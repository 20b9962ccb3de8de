-- E-mails to learners, written in the same transaction as the change they tell of and sent after
-- commit. A message is claimed (SENDING) before it is handed to SMTP and marked SENT after, so a
-- crash between the two leaves it SENDING, later UNKNOWN: never sent twice.
CREATE SEQUENCE cb_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cb_mail_outbox (
    id               BIGINT         NOT NULL PRIMARY KEY,
    kind             VARCHAR(32)    NOT NULL,
    dedup_key        VARCHAR(200)   NOT NULL,
    user_id          VARCHAR(100)   NOT NULL,
    recipient        VARCHAR(320),
    subject          VARCHAR(300)   NOT NULL,
    text_body        VARCHAR(20000) NOT NULL,
    html_body        VARCHAR(40000) NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    CONSTRAINT cb_mail_once UNIQUE (dedup_key)
);
CREATE INDEX cb_mail_due ON cb_mail_outbox (status, next_attempt_at);
CREATE INDEX cb_mail_created ON cb_mail_outbox (created_at);
