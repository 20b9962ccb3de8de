-- Deals and coupons of a store. A coupon has a code; an offer may have its own landing page (else
-- the store's address is used) and a last valid day (UTC), after which it is neither shown nor
-- clickable.
CREATE SEQUENCE lms_store_offer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE lms_store_offer (
    id            BIGINT        NOT NULL PRIMARY KEY,
    store_id      VARCHAR(100)  NOT NULL REFERENCES lms_store (id),
    kind          VARCHAR(10)   NOT NULL,
    title         VARCHAR(80)   NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    coupon_code   VARCHAR(40),
    merchant_url  VARCHAR(1000),
    expires_on    DATE,
    CONSTRAINT lms_store_offer_kind CHECK (kind IN ('DEAL', 'COUPON')),
    CONSTRAINT lms_store_offer_code CHECK (
        (kind = 'COUPON' AND coupon_code IS NOT NULL) OR (kind = 'DEAL' AND coupon_code IS NULL))
);

CREATE INDEX lms_store_offer_store ON lms_store_offer (store_id);
