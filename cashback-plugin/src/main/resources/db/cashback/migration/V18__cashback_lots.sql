-- Cashback that expires. Each amount that becomes available is a lot with an expiry of its own
-- (none when it never expires); spends, payouts, clawbacks and expiry take from lots, and every
-- taking (or giving back) is recorded per journal, so a returned spend or a rejected payout goes
-- back to the lots it came from. The open lots of a wallet always add up to its available balance
-- (or to zero while it is below zero); the ledger check verifies it.
CREATE TABLE cb_lot (
    id              BIGINT        NOT NULL PRIMARY KEY,
    user_id         VARCHAR(100)  NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    transaction_id  BIGINT,
    journal_id      BIGINT,
    amount          NUMERIC(19,4) NOT NULL,
    remaining       NUMERIC(19,4) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE,
    expired_amount  NUMERIC(19,4) DEFAULT 0 NOT NULL,
    expired_at      TIMESTAMP WITH TIME ZONE,
    reminded_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT cb_lot_amounts CHECK (amount > 0 AND remaining >= 0 AND expired_amount >= 0
        AND remaining + expired_amount <= amount)
);
CREATE INDEX cb_lot_wallet ON cb_lot (user_id, currency);
CREATE INDEX cb_lot_expiry ON cb_lot (expires_at);
CREATE SEQUENCE cb_lot_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cb_lot_use (
    id          BIGINT        NOT NULL PRIMARY KEY,
    lot_id      BIGINT        NOT NULL REFERENCES cb_lot (id),
    journal_id  BIGINT        NOT NULL,
    amount      NUMERIC(19,4) NOT NULL,
    CONSTRAINT cb_lot_use_not_zero CHECK (amount <> 0)
);
CREATE INDEX cb_lot_use_lot ON cb_lot_use (lot_id);
CREATE INDEX cb_lot_use_journal ON cb_lot_use (journal_id);
CREATE SEQUENCE cb_lot_use_seq START WITH 50 INCREMENT BY 50;

-- What of a clawback's uncollected part had expired already (the platform has it back).
ALTER TABLE cb_reversal ADD COLUMN expired_forgiven NUMERIC(19,4) DEFAULT 0 NOT NULL;

-- A rule's or a network's own expiry in days (0: never); none: the default setting.
ALTER TABLE cb_rule ADD COLUMN expiry_days INTEGER;
ALTER TABLE cb_network ADD COLUMN expiry_days INTEGER;

-- What is available today stays so: one lot per wallet, never expiring. Negative ids stay clear
-- of the sequence's.
INSERT INTO cb_lot (id, user_id, currency, amount, remaining, created_at)
SELECT -ROW_NUMBER() OVER (ORDER BY id), owner_id, currency, balance, balance, CURRENT_TIMESTAMP
FROM cb_account WHERE kind = 'AVAILABLE' AND balance > 0;
