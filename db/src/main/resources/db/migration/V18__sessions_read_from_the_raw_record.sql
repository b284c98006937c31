-- V18: sessions, metrics and media endpoint statistics are no longer kept as rows. No query filters on them: the only
-- reader was the one-conversation read, which now takes them from the conversation's raw JSON (kept byte for byte,
-- so nothing is lost, including rows written before this migration). They were 11 of about 24 rows a typical
-- conversation cost to store; the per-conversation voice-quality figures the reads filter on (min_mos,
-- min_r_factor) stay columns of the conversation row, and participant and segment rows stay for the user and
-- queue filters.
DROP TABLE media_endpoint_stat;
DROP TABLE metric;
DROP TABLE session;
