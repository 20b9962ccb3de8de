-- Host events the plugin refused or could not record (a refund in another currency than its
-- purchase, ids or texts longer than the contract allows, a failed insert): kept for admins, with
-- the reason and what the host sent, and never retried by themselves.
CREATE SEQUENCE cb_refused_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cb_refused_event (
    id           BIGINT         NOT NULL PRIMARY KEY,
    kind         VARCHAR(16)    NOT NULL,
    event_id     VARCHAR(100)   NOT NULL,
    purchase_id  VARCHAR(100),
    user_id      VARCHAR(100),
    reason       VARCHAR(2000)  NOT NULL,
    payload      VARCHAR(100000),
    refused_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cb_refused_event_refused ON cb_refused_event (refused_at);

-- What each host refund paid back on each line of its purchase. An item refund names a target,
-- which several lines may share; it is spread over them in line order, so each line's refunded
-- part (and the cashback reversed on it) is known exactly, however many refunds follow.
CREATE TABLE cb_refund_line (
    refund_id    VARCHAR(100)   NOT NULL,
    line_no      INTEGER        NOT NULL,
    purchase_id  VARCHAR(100)   NOT NULL,
    amount       NUMERIC(19,4)  NOT NULL CHECK (amount > 0),
    PRIMARY KEY (refund_id, line_no)
);
CREATE INDEX cb_refund_line_purchase ON cb_refund_line (purchase_id);
