-- V17: a run handed over by a server that stopped on purpose. Its execution was stopped for the server's stop, not by
-- an operator, so a live server restarts it from its checkpoints at its next look instead of leaving it stopped.
ALTER TABLE job_run ADD COLUMN handover_at TIMESTAMP WITH TIME ZONE;
