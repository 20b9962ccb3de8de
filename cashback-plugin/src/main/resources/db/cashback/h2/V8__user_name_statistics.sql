-- PostgreSQL refines the user-name index's statistics here; H2 keeps none to refine, and the
-- version is kept so both databases share one migration history.
SELECT 1;
