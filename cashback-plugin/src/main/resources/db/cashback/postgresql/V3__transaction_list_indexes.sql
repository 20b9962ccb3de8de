-- The Transaction page at volume: newest first with a stable tie-break, by status, and the user
-- name filter as a case-insensitive prefix, each served by an index rather than a scan.
CREATE INDEX cb_transaction_newest ON cb_transaction (created_at DESC, id DESC);
CREATE INDEX cb_transaction_status_newest ON cb_transaction (status, created_at DESC, id DESC);
CREATE INDEX cb_transaction_user_name ON cb_transaction (lower(user_name) varchar_pattern_ops, created_at DESC);
