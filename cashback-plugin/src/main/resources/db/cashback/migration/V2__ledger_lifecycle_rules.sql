-- The full rule form, the ledger-backed wallet, reversals, disabled learners and the audit log.

-- Rules: who they apply to, priority, limits, an own hold period; and a generation counter that
-- every rule change bumps, so each node knows when to reload its rule cache.
ALTER TABLE cb_rule ADD COLUMN user_type VARCHAR(16) DEFAULT 'ALL' NOT NULL;
ALTER TABLE cb_rule ADD COLUMN priority INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE cb_rule ADD COLUMN max_per_order NUMERIC(19,4);
ALTER TABLE cb_rule ADD COLUMN monthly_cap_per_user NUMERIC(19,4);
ALTER TABLE cb_rule ADD COLUMN budget NUMERIC(19,4);
ALTER TABLE cb_rule ADD COLUMN budget_granted NUMERIC(19,4) DEFAULT 0 NOT NULL;
ALTER TABLE cb_rule ADD COLUMN hold_days INTEGER;
ALTER TABLE cb_rule ADD COLUMN created_by VARCHAR(100);
ALTER TABLE cb_rule ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cb_rule ADD CONSTRAINT cb_rule_budget_kept CHECK (budget IS NULL OR budget_granted <= budget);

CREATE TABLE cb_rule_audience (
    rule_id    BIGINT       NOT NULL REFERENCES cb_rule (id),
    member_id  VARCHAR(100) NOT NULL,
    PRIMARY KEY (rule_id, member_id)
);

CREATE TABLE cb_rule_generation (
    id          INTEGER NOT NULL PRIMARY KEY,
    generation  BIGINT  NOT NULL
);
INSERT INTO cb_rule_generation (id, generation) VALUES (1, 1);

-- Cashback transactions: one per purchased line and rule; what has been reversed so far.
ALTER TABLE cb_transaction DROP CONSTRAINT cb_transaction_once_per_line;
ALTER TABLE cb_transaction ADD CONSTRAINT cb_transaction_once_per_line_and_rule UNIQUE (purchase_id, line_no, rule_id);
ALTER TABLE cb_transaction ADD COLUMN reversed_amount NUMERIC(19,4) DEFAULT 0 NOT NULL;
ALTER TABLE cb_transaction ADD COLUMN refunded_purchase_amount NUMERIC(19,4) DEFAULT 0 NOT NULL;
ALTER TABLE cb_transaction ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cb_transaction ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cb_transaction ADD CONSTRAINT cb_transaction_reversal_bounded
    CHECK (reversed_amount >= 0 AND reversed_amount <= cashback_amount);
CREATE INDEX cb_transaction_due ON cb_transaction (status, confirm_after);
CREATE INDEX cb_transaction_purchase ON cb_transaction (purchase_id);
CREATE INDEX cb_transaction_rule_user ON cb_transaction (rule_id, user_id, purchased_at);

-- The ledger: accounts, and journals of entries that sum to zero. Rows are only ever added.
-- User accounts keep a materialised balance (locked per user); platform accounts do not, so no
-- shared row is written on every purchase.
CREATE SEQUENCE cb_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cb_journal_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cb_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cb_account (
    id            BIGINT        NOT NULL PRIMARY KEY,
    owner_id      VARCHAR(100)  NOT NULL,
    kind          VARCHAR(24)   NOT NULL,
    currency      VARCHAR(3)    NOT NULL,
    materialised  BOOLEAN       NOT NULL,
    balance       NUMERIC(19,4) NOT NULL,
    CONSTRAINT cb_account_unique UNIQUE (owner_id, kind, currency)
);

CREATE TABLE cb_journal (
    id              BIGINT        NOT NULL PRIMARY KEY,
    kind            VARCHAR(24)   NOT NULL,
    transaction_id  BIGINT,
    reference       VARCHAR(200),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cb_journal_transaction ON cb_journal (transaction_id);

CREATE TABLE cb_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    journal_id  BIGINT        NOT NULL REFERENCES cb_journal (id),
    account_id  BIGINT        NOT NULL REFERENCES cb_account (id),
    amount      NUMERIC(19,4) NOT NULL,
    CONSTRAINT cb_entry_not_zero CHECK (amount <> 0)
);
CREATE INDEX cb_entry_account ON cb_entry (account_id);
CREATE INDEX cb_entry_journal ON cb_entry (journal_id);

-- Each reversal of a cashback transaction: by a host refund (once per refund id) or an admin.
CREATE SEQUENCE cb_reversal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cb_reversal (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    transaction_id            BIGINT        NOT NULL REFERENCES cb_transaction (id),
    refund_id                 VARCHAR(100),
    refunded_purchase_amount  NUMERIC(19,4) NOT NULL,
    cashback_reversed         NUMERIC(19,4) NOT NULL,
    uncollected               NUMERIC(19,4) NOT NULL,
    reason                    VARCHAR(500)  NOT NULL,
    actor                     VARCHAR(100)  NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cb_reversal_once_per_refund UNIQUE (refund_id, transaction_id)
);

-- Learners whose cashback an admin has disabled.
CREATE TABLE cb_user_setting (
    user_id     VARCHAR(100) NOT NULL PRIMARY KEY,
    disabled    BOOLEAN      NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      VARCHAR(500)
);

-- Who did what, when and why: every admin action.
CREATE SEQUENCE cb_audit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cb_audit (
    id          BIGINT        NOT NULL PRIMARY KEY,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    reason      VARCHAR(500),
    details     VARCHAR(4000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cb_audit_subject ON cb_audit (subject, created_at);
