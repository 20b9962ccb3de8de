-- The Transaction page's indexes (PostgreSQL has its own version with a prefix-search index).
CREATE INDEX cb_transaction_newest ON cb_transaction (created_at DESC, id DESC);
CREATE INDEX cb_transaction_status_newest ON cb_transaction (status, created_at DESC, id DESC);
