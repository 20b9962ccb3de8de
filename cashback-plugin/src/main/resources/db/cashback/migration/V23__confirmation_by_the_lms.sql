-- Confirmation the LMS decides: a rule may confirm when the host's refund window for the item
-- closes, or once the learner has completed a percentage of the course; the hold stays the latest
-- date. Each cashback keeps the terms it was granted on; the learners' progress is kept per course
-- as the highest percentage the host reported.
ALTER TABLE cb_rule ADD COLUMN confirm_on_refund_window BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cb_rule ADD COLUMN confirm_at_progress INTEGER;

ALTER TABLE cb_transaction ADD COLUMN refund_window_ends_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cb_transaction ADD COLUMN confirm_at_progress INTEGER;

CREATE TABLE cb_course_progress (
    user_id           VARCHAR(100)  NOT NULL,
    course_id         VARCHAR(100)  NOT NULL,
    percent_complete  INTEGER       NOT NULL,
    reported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, course_id)
);
