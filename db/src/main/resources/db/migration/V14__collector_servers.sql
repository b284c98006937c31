-- V14: the collector servers sharing this database. Each server keeps its row alive with a heartbeat written in the
-- database's own clock, so the servers agree on who is alive whatever their clocks say; a server that stops says so
-- at once, one that dies is known dead when its heartbeat is older than the configured limit.
CREATE TABLE collector_server (
    server_id        VARCHAR(200)             NOT NULL PRIMARY KEY,
    -- Liberty's own name for the server in its batch job repository (host/user dir/server name): the executions
    -- it ran carry it, so a dead server's runs can be found
    batch_server_id  VARCHAR(600),
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- set when the server stopped on purpose; null while it runs (or if it died)
    stopped_at       TIMESTAMP WITH TIME ZONE,
    -- what the server was doing at its last heartbeat, as JSON (receive loops, runs), for operators
    activity         TEXT
);
