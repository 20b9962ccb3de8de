-- Demo payout methods: PayPal, UPI and bank transfer, each added once (by name). Negative ids
-- stay clear of the ids JPA hands out from the sequence.
INSERT INTO cb_payout_method (id, name, method_type, minimum_amount, currency, processing_days, fields, provider, enabled, row_version)
SELECT -1, 'PayPal', 'PAYPAL', 10.00, 'USD', 3, 'PAYPAL_EMAIL', 'manual', TRUE, 0
WHERE NOT EXISTS (SELECT 1 FROM cb_payout_method WHERE name = 'PayPal');
INSERT INTO cb_payout_method (id, name, method_type, minimum_amount, currency, processing_days, fields, provider, enabled, row_version)
SELECT -2, 'UPI', 'UPI', 5.00, 'USD', 1, 'UPI_ID', 'manual', TRUE, 0
WHERE NOT EXISTS (SELECT 1 FROM cb_payout_method WHERE name = 'UPI');
INSERT INTO cb_payout_method (id, name, method_type, minimum_amount, currency, processing_days, fields, provider, enabled, row_version)
SELECT -3, 'Bank transfer', 'BANK_TRANSFER', 25.00, 'USD', 5, 'ACCOUNT_HOLDER,IBAN', 'manual', TRUE, 0
WHERE NOT EXISTS (SELECT 1 FROM cb_payout_method WHERE name = 'Bank transfer');
