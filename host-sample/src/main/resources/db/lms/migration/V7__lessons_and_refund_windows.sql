-- Each course has lessons; a learner marks them done and the platform reports the progress to the
-- cashback plugin. A course may have a refund window: the days after a purchase during which the
-- platform refunds it (null: none promised).
ALTER TABLE lms_course ADD COLUMN lessons INTEGER DEFAULT 10 NOT NULL;
ALTER TABLE lms_course ADD COLUMN refund_window_days INTEGER;
UPDATE lms_course SET refund_window_days = 14;

CREATE TABLE lms_lesson_progress (
    username      VARCHAR(100)  NOT NULL,
    course_id     VARCHAR(100)  NOT NULL REFERENCES lms_course (id),
    lessons_done  INTEGER       NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, course_id)
);
