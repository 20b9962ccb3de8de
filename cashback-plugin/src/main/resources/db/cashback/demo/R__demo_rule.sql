-- Demo data (only with cashback.demo-data=true): one active rule granting 10% on every course.
-- Id 0: ids from the sequence start at 1, so it can never collide with a rule an admin creates.
INSERT INTO cb_rule (id, rule_version, title, status, amount_type, amount, currency, target_type,
                     minimum_purchase, per_item, starts_at, ends_at, row_version)
SELECT 0, 1, 'Welcome cashback: 10% on every course', 'ACTIVE', 'PERCENTAGE', 10, NULL, 'ALL',
       0, TRUE, NULL, NULL, 0
WHERE NOT EXISTS (SELECT 1 FROM cb_rule WHERE title = 'Welcome cashback: 10% on every course');
