-- A queued message takes its id from the sequence in the insert itself, one round trip fewer for
-- every notice a grant writes.
ALTER TABLE cb_mail_outbox ALTER COLUMN id SET DEFAULT NEXT VALUE FOR cb_mail_seq;
