-- Payout methods and payout requests. A payout's money moves in the ledger from the learner's
-- available account to a payout-pending one when requested, then out (paid) or back (rejected).
CREATE SEQUENCE cb_payout_method_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cb_payout_method (
    id               BIGINT        NOT NULL PRIMARY KEY,
    name             VARCHAR(100)  NOT NULL,
    method_type      VARCHAR(24)   NOT NULL,
    minimum_amount   NUMERIC(19,4) NOT NULL CHECK (minimum_amount > 0),
    currency         VARCHAR(3)    NOT NULL,
    processing_days  INTEGER       NOT NULL,
    fields           VARCHAR(500)  NOT NULL,
    provider         VARCHAR(50)   NOT NULL,
    enabled          BOOLEAN       NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE,
    row_version      BIGINT        NOT NULL
);

CREATE SEQUENCE cb_payout_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cb_payout (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    user_id            VARCHAR(100)  NOT NULL,
    method_id          BIGINT        NOT NULL REFERENCES cb_payout_method (id),
    method_name        VARCHAR(100)  NOT NULL,
    method_type        VARCHAR(24)   NOT NULL,
    provider           VARCHAR(50)   NOT NULL,
    amount             NUMERIC(19,4) NOT NULL CHECK (amount > 0),
    currency           VARCHAR(3)    NOT NULL,
    status             VARCHAR(24)   NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    due_by             TIMESTAMP WITH TIME ZONE,
    first_approved_by  VARCHAR(100),
    decided_by         VARCHAR(100),
    decided_at         TIMESTAMP WITH TIME ZONE,
    reference          VARCHAR(200),
    reason             VARCHAR(500),
    row_version        BIGINT        NOT NULL,
    CONSTRAINT cb_payout_two_admins CHECK (first_approved_by IS NULL OR decided_by IS NULL
        OR status <> 'PAID' OR first_approved_by <> decided_by)
);
CREATE INDEX cb_payout_status ON cb_payout (status, requested_at);
CREATE INDEX cb_payout_user ON cb_payout (user_id, requested_at);

CREATE TABLE cb_payout_detail (
    payout_id     BIGINT        NOT NULL REFERENCES cb_payout (id),
    field         VARCHAR(32)   NOT NULL,
    detail_value  VARCHAR(300)  NOT NULL,
    PRIMARY KEY (payout_id, field)
);
