-- The user-name filter's estimate: with the default statistics the planner guessed a hundredth of
-- the matching rows and scanned the newest-first index in parallel, filtering (63 ms at a million
-- rows); a finer histogram of the lowered name gives it the right count (7 ms).
ALTER INDEX cb_transaction_user_name ALTER COLUMN 1 SET STATISTICS 1000;
ANALYZE cb_transaction;
