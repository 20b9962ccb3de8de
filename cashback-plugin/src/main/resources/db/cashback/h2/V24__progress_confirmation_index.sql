-- The pending cashback that waits for course progress, by learner and course (PostgreSQL's version
-- indexes only the pending cashback that waits for progress).
CREATE INDEX cb_transaction_awaiting_progress ON cb_transaction (user_id, target_id, confirm_at_progress);
