-- The pending cashback that waits for course progress, found by learner and course without
-- touching the rest of the pending cashback.
CREATE INDEX cb_transaction_awaiting_progress ON cb_transaction (user_id, target_id)
    WHERE status = 'PENDING' AND confirm_at_progress IS NOT NULL;
