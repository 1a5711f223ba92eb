-- Read by no statement on either engine (the plans of every command at 50,000 customers, and
-- PostgreSQL's pg_stat_user_indexes after them): each import rebuilt it for nothing (55 ms of a
-- 50,000-row landing on SQLite).
-- DropIndex
DROP INDEX "license_line_rollups_family_auto_renew_end_at_customer_id_idx";

