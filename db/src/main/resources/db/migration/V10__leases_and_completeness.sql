-- V10: one start of a tenant's job at a time across servers, and how complete a tenant's conversations are.

-- Taken for the moment of checking for an active run and starting one, so two servers (or a schedule and an
-- operator) cannot both start a run of the same job for the same tenant. A lease that is not released (a server
-- died while starting) ends by itself at expires_at.
CREATE TABLE job_lease (
    tenant_id   UUID                     NOT NULL,
    job_name    VARCHAR(64)              NOT NULL,
    holder      VARCHAR(100)             NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, job_name)
);

-- The reconciliation of one UTC day of a tenant: the API's count of conversations that started on the day
-- against what the store holds, and how many of those are still incomplete.
CREATE TABLE completeness_day (
    tenant_id         UUID                     NOT NULL,
    utc_day           DATE                     NOT NULL,
    api_count         BIGINT                   NOT NULL,
    stored_count      BIGINT                   NOT NULL,
    incomplete_count  BIGINT                   NOT NULL,
    -- stored_count = api_count and incomplete_count = 0
    complete          BOOLEAN                  NOT NULL,
    checked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, utc_day)
);

-- The instant up to which every conversation of the tenant is known stored complete (the end of the last day of an
-- unbroken run of complete days); it only moves forward when reconciliation proves the next day.
CREATE TABLE completeness_watermark (
    tenant_id              UUID                     NOT NULL PRIMARY KEY,
    data_complete_through  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
