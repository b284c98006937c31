-- V9: runs of the backfill and directory-sync batch jobs as operators see them. Liberty's job repository (V2) keeps
-- executions, partitions and checkpoints; these tables add what it does not know: which tenant a run is for, what
-- was asked and by whom, and the run's figures, which parallel partitions add to inside their chunk transactions
-- (so a rolled-back chunk's figures roll back with its data).
CREATE TABLE job_run (
    -- the Jakarta Batch job instance: every restart of the run is a new execution of it
    instance_id   BIGINT                   NOT NULL PRIMARY KEY,
    -- its first execution, through which the job operator finds the instance and its later executions
    first_execution_id BIGINT              NOT NULL,
    job_name      VARCHAR(64)              NOT NULL,
    tenant_id     UUID                     NOT NULL,
    requested_by  VARCHAR(200)             NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the request as JSON (period, strategy, estimate), shown back as it was
    request_json  VARCHAR(4000)            NOT NULL
);

-- a tenant's runs of one job, newest first
CREATE INDEX job_run_tenant_idx ON job_run (tenant_id, job_name, instance_id);

-- named figures of a run: apiCalls, inserted, replaced, unchanged, skipped, windowsTotal, users, groups...
CREATE TABLE job_run_counter (
    instance_id  BIGINT                   NOT NULL,
    name         VARCHAR(64)              NOT NULL,
    amount       BIGINT                   NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (instance_id, name)
);

-- the windows a backfill run has read and stored completely
CREATE TABLE job_run_window (
    instance_id   BIGINT                   NOT NULL,
    window_key    VARCHAR(100)             NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (instance_id, window_key)
);

-- what a run skipped or the store refused, first ones of each run (the count is the counter 'skipped')
CREATE TABLE job_run_skip (
    instance_id  BIGINT                   NOT NULL,
    ordinal      INTEGER                  NOT NULL,
    detail       VARCHAR(2000)            NOT NULL,
    skipped_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (instance_id, ordinal)
);
