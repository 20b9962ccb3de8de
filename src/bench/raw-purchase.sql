-- One purchase in raw SQL, the yardstick of the intake benchmark: the event recorded once, two
-- ledger rows, one wallet update.
\set learner random(0, :learners - 1)
\set amount random(1, 5000)
BEGIN;
INSERT INTO bench_inbox (purchase_id, user_id, payload, received_at)
  VALUES (gen_random_uuid()::text, 'bench-learner-' || :learner, '{"purchase":"payload of about the same size as the real one, 300 bytes or so, with items and a buyer; padded to be comparable"}', now())
  ON CONFLICT (purchase_id) DO NOTHING;
INSERT INTO bench_entry (account, amount) VALUES ('platform', -:amount), ('bench-learner-' || :learner, :amount);
UPDATE bench_wallet SET balance = balance + :amount WHERE user_id = 'bench-learner-' || :learner;
COMMIT;
