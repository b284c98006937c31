-- V16: which collector server runs each run's latest execution, so that when that server dies a live one can take the
-- run over from its checkpoints (Liberty itself marks a crashed server's executions failed only when that same server
-- starts again). Null for runs started before this migration.
ALTER TABLE job_run ADD COLUMN server_id VARCHAR(200);

-- a stop asked of a run on another server than the one asked: the run's own server stops it at its next look
ALTER TABLE job_run ADD COLUMN stop_requested_at TIMESTAMP WITH TIME ZONE;
