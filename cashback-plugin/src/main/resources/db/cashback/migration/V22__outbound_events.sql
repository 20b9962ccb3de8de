-- Outbound events: every state change is a CloudEvents 1.0 event, written in the transaction of the
-- change, and one delivery per enabled endpoint subscribed to its type, sent after commit by every
-- node (claimed with SKIP LOCKED and a conditional update) and signed by the Standard Webhooks
-- scheme with the endpoint's secret.
CREATE SEQUENCE cb_webhook_endpoint_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cb_event_delivery_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cb_webhook_endpoint (
    id           BIGINT         NOT NULL PRIMARY KEY,
    url          VARCHAR(2000)  NOT NULL,
    description  VARCHAR(200),
    event_types  VARCHAR(2000)  NOT NULL,
    secret       VARCHAR(100)   NOT NULL,
    enabled      BOOLEAN        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version  BIGINT         NOT NULL
);

CREATE TABLE cb_event (
    id        VARCHAR(36)     NOT NULL PRIMARY KEY,
    type      VARCHAR(100)    NOT NULL,
    subject   VARCHAR(200)    NOT NULL,
    occurred  TIMESTAMP WITH TIME ZONE NOT NULL,
    body      VARCHAR(20000)  NOT NULL
);
CREATE INDEX cb_event_occurred ON cb_event (occurred);

CREATE TABLE cb_event_delivery (
    id               BIGINT         NOT NULL PRIMARY KEY,
    event_id         VARCHAR(36)    NOT NULL REFERENCES cb_event (id),
    endpoint_id      BIGINT         NOT NULL REFERENCES cb_webhook_endpoint (id),
    status           VARCHAR(16)    NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_status      INTEGER,
    last_error       VARCHAR(1000),
    delivered_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT cb_event_delivery_once UNIQUE (event_id, endpoint_id)
);
CREATE INDEX cb_event_delivery_due ON cb_event_delivery (status, next_attempt_at);
CREATE INDEX cb_event_delivery_endpoint ON cb_event_delivery (endpoint_id, id);
