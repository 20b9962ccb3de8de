-- What each e-mail says before it is put into words (JSON: kind, typed values, rows), so the
-- sender writes it in its recipient's language when it is sent; the stored subject and bodies are
-- the configured language's, for the admin's Outbox page. Empty for messages queued before.
ALTER TABLE cb_mail_outbox ADD COLUMN content VARCHAR(20000);
