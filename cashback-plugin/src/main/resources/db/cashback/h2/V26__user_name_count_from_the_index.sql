-- PostgreSQL makes its user-name index cover the name here; H2 has no such index, and the version
-- is kept so both databases share one migration history.
SELECT 1;
