-- The plugin's own tables, all prefixed cb_. Portable between H2 2.x and PostgreSQL.

CREATE SEQUENCE cb_rule_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cb_transaction_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cb_rule (
    id                BIGINT        NOT NULL PRIMARY KEY,
    rule_version      INTEGER       NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    amount_type       VARCHAR(16)   NOT NULL,
    amount            NUMERIC(19,4) NOT NULL,
    currency          VARCHAR(3),
    target_type       VARCHAR(16)   NOT NULL,
    minimum_purchase  NUMERIC(19,4) NOT NULL,
    per_item          BOOLEAN       NOT NULL,
    starts_at         TIMESTAMP WITH TIME ZONE,
    ends_at           TIMESTAMP WITH TIME ZONE,
    row_version       BIGINT        NOT NULL,
    CONSTRAINT cb_rule_amount_positive CHECK (amount > 0),
    CONSTRAINT cb_rule_minimum_not_negative CHECK (minimum_purchase >= 0),
    CONSTRAINT cb_rule_window CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at)
);

CREATE TABLE cb_rule_target (
    rule_id    BIGINT       NOT NULL REFERENCES cb_rule (id),
    target_id  VARCHAR(100) NOT NULL,
    PRIMARY KEY (rule_id, target_id)
);

-- Purchases accepted from the host, written in the host's own transaction. A row stays until
-- it is processed; rows left unprocessed (crash, plugin failure) are retried.
CREATE TABLE cb_purchase_inbox (
    purchase_id      VARCHAR(100)    NOT NULL PRIMARY KEY,
    user_id          VARCHAR(100)    NOT NULL,
    payload          VARCHAR(100000) NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    processed_at     TIMESTAMP WITH TIME ZONE,
    attempts         INTEGER         NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(2000)
);
CREATE INDEX cb_purchase_inbox_due ON cb_purchase_inbox (processed_at, next_attempt_at);

-- Refunds accepted from the host, keyed by the host's refund id, in the same way.
CREATE TABLE cb_refund_inbox (
    refund_id        VARCHAR(100)    NOT NULL PRIMARY KEY,
    purchase_id      VARCHAR(100)    NOT NULL,
    payload          VARCHAR(100000) NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    processed_at     TIMESTAMP WITH TIME ZONE,
    attempts         INTEGER         NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(2000)
);
CREATE INDEX cb_refund_inbox_due ON cb_refund_inbox (processed_at, next_attempt_at);

CREATE TABLE cb_transaction (
    id               BIGINT        NOT NULL PRIMARY KEY,
    purchase_id      VARCHAR(100)  NOT NULL,
    line_no          INTEGER       NOT NULL,
    user_id          VARCHAR(100)  NOT NULL,
    user_name        VARCHAR(200)  NOT NULL,
    user_image       VARCHAR(500),
    item_type        VARCHAR(16),
    target_id        VARCHAR(100),
    product_title    VARCHAR(300)  NOT NULL,
    product_image    VARCHAR(500),
    category_id      VARCHAR(100),
    instructor_id    VARCHAR(100),
    description      VARCHAR(500)  NOT NULL,
    purchase_amount  NUMERIC(19,4) NOT NULL,
    base_amount      NUMERIC(19,4) NOT NULL,
    cashback_amount  NUMERIC(19,4) NOT NULL,
    currency         VARCHAR(3)    NOT NULL,
    rule_id          BIGINT        NOT NULL,
    rule_version     INTEGER       NOT NULL,
    rule_title       VARCHAR(200)  NOT NULL,
    amount_type      VARCHAR(16)   NOT NULL,
    rule_amount      NUMERIC(19,4) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    purchased_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    confirm_after    TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version      BIGINT        NOT NULL,
    CONSTRAINT cb_transaction_once_per_line UNIQUE (purchase_id, line_no),
    CONSTRAINT cb_transaction_cashback_positive CHECK (cashback_amount > 0)
);
CREATE INDEX cb_transaction_user ON cb_transaction (user_id, created_at);
CREATE INDEX cb_transaction_instructor ON cb_transaction (instructor_id, created_at);
CREATE INDEX cb_transaction_created ON cb_transaction (created_at);
