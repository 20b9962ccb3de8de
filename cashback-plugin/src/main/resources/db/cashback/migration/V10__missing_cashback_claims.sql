-- A learner's claim that a click brought no cashback: one per click, decided by an admin.
CREATE SEQUENCE cb_claim_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cb_claim (
    id              BIGINT        NOT NULL PRIMARY KEY,
    click_id        VARCHAR(40)   NOT NULL UNIQUE REFERENCES cb_click (click_id),
    user_id         VARCHAR(100)  NOT NULL,
    network_id      BIGINT        NOT NULL REFERENCES cb_network (id),
    order_id        VARCHAR(60)   NOT NULL,
    order_amount    NUMERIC(19,4) NOT NULL CHECK (order_amount > 0),
    currency        VARCHAR(3)    NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    reason          VARCHAR(500),
    transaction_id  BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMP WITH TIME ZONE,
    row_version     BIGINT        NOT NULL
);
CREATE INDEX cb_claim_network ON cb_claim (network_id, created_at);
CREATE INDEX cb_claim_user ON cb_claim (user_id, created_at);
