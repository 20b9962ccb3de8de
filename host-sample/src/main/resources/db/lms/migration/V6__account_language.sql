-- The language a person chose for the platform's pages and e-mails (an IETF tag such as es or ar);
-- null until they choose, when the platform's default applies.
ALTER TABLE lms_account ADD COLUMN language VARCHAR(35);
