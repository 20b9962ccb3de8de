-- Affiliate networks and the click log. A conversion a network reports by postback becomes an
-- ordinary cashback transaction keyed "network:<code>:<network transaction id>", so it is
-- recorded once however often the network repeats it, and confirms, declines and pays out like
-- any other cashback.
CREATE SEQUENCE cb_network_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cb_network (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    code                VARCHAR(40)   NOT NULL UNIQUE,
    name                VARCHAR(100)  NOT NULL,
    postback_secret     VARCHAR(200)  NOT NULL,
    confirm_days        INTEGER       NOT NULL,
    user_share_percent  NUMERIC(7,4)  NOT NULL CHECK (user_share_percent >= 0 AND user_share_percent <= 100),
    enabled             BOOLEAN       NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE,
    row_version         BIGINT        NOT NULL
);

CREATE TABLE cb_click (
    click_id            VARCHAR(40)   NOT NULL PRIMARY KEY,
    user_id             VARCHAR(100)  NOT NULL,
    user_name           VARCHAR(200)  NOT NULL,
    network_id          BIGINT        NOT NULL REFERENCES cb_network (id),
    store_id            VARCHAR(100)  NOT NULL,
    store_name          VARCHAR(200)  NOT NULL,
    offer_id            VARCHAR(100),
    merchant_url        VARCHAR(1000) NOT NULL,
    ip_hash             VARCHAR(64),
    user_agent          VARCHAR(300),
    share_percent       NUMERIC(7,4)  NOT NULL,
    confirm_days        INTEGER       NOT NULL,
    clicked_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cb_click_user ON cb_click (user_id, clicked_at);
CREATE INDEX cb_click_time ON cb_click (clicked_at);
