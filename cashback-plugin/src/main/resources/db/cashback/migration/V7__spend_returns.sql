-- Cashback spent at checkout and given back when the purchase is refunded: one row per refund.
CREATE TABLE cb_spend_return (
    refund_id        VARCHAR(100)  NOT NULL PRIMARY KEY,
    purchase_id      VARCHAR(100)  NOT NULL,
    cash_refunded    NUMERIC(19,4) NOT NULL,
    wallet_returned  NUMERIC(19,4) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cb_spend_return_purchase ON cb_spend_return (purchase_id);
