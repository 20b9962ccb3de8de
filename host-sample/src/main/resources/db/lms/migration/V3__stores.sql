-- Shops the platform sends learners to through an affiliate network, for cashback on what they buy.
CREATE TABLE lms_store (
    id            VARCHAR(100)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    network_code  VARCHAR(40)   NOT NULL,
    merchant_url  VARCHAR(1000) NOT NULL,
    cashback_note VARCHAR(200)  NOT NULL
);
