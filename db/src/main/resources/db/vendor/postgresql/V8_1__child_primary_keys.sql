-- V8.1, PostgreSQL only: the children's primary keys, replaced by V8's indexes (see there).
ALTER TABLE participant DROP CONSTRAINT participant_pkey;
ALTER TABLE session DROP CONSTRAINT session_pkey;
ALTER TABLE segment DROP CONSTRAINT segment_pkey;
ALTER TABLE metric DROP CONSTRAINT metric_pkey;
ALTER TABLE media_endpoint_stat DROP CONSTRAINT media_endpoint_stat_pkey;

-- A queue's conversations are read by queue id; segments without one (a customer's dialling, an IVR, an external
-- party) are about a third of them, and the index leaves them out. Reads by queue (queue_id = ?) imply
-- queue_id IS NOT NULL and still use it.
DROP INDEX segment_queue_idx;
CREATE INDEX segment_queue_idx ON segment (tenant_id, queue_id, segment_start) WHERE queue_id IS NOT NULL;
