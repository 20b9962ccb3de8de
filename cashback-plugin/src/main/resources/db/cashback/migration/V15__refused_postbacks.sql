-- Postbacks a network sent that changed nothing, kept for admins to look into: one for a
-- transaction id already converted from another learner's click (a takeover, answered 409), or one
-- sent while the network was disabled. The fields are stored as the network sent them, cut to size.
CREATE SEQUENCE cb_refused_postback_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cb_refused_postback (
    id              BIGINT        NOT NULL PRIMARY KEY,
    network_id      BIGINT        NOT NULL REFERENCES cb_network (id),
    click_id        VARCHAR(100),
    transaction_id  VARCHAR(100),
    sale_amount     VARCHAR(40),
    commission      VARCHAR(40),
    currency        VARCHAR(10),
    status          VARCHAR(20),
    reason          VARCHAR(500)  NOT NULL,
    refused_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cb_refused_postback_time ON cb_refused_postback (refused_at);
