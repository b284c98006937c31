-- V8.1, H2 only: the children's primary keys, replaced by V8's indexes (see there).
ALTER TABLE participant DROP PRIMARY KEY;
ALTER TABLE session DROP PRIMARY KEY;
ALTER TABLE segment DROP PRIMARY KEY;
ALTER TABLE metric DROP PRIMARY KEY;
ALTER TABLE media_endpoint_stat DROP PRIMARY KEY;
