-- Answers to money-moving API calls, kept per caller and Idempotency-Key: the same key and body
-- gets the recorded answer instead of acting again. The row is written in the call's own
-- transaction, so a call that fails leaves no key behind.
CREATE TABLE cb_idempotency_key (
    caller           VARCHAR(200)  NOT NULL,
    idem_key         VARCHAR(200)  NOT NULL,
    request_hash     VARCHAR(64)   NOT NULL,
    response_status  INTEGER,
    response_body    VARCHAR(100000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX cb_idempotency_key_created ON cb_idempotency_key (created_at);
