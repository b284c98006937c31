-- V6.1, PostgreSQL only: cheaper conversation writes where H2 has no equivalent.
--
-- The raw JSON (about 5 KB a conversation) is compressed with lz4 instead of the default pglz: pglz was the
-- largest single cost of inserting a conversation row, lz4 takes a fraction of it (the stored size grows a
-- little). Values written before stay as they are until their conversation is replaced. Needs a server built
-- with lz4, as Debian's, Red Hat's and the PGDG packages are.
ALTER TABLE conversation ALTER COLUMN raw_json SET COMPRESSION lz4;

-- An agent's conversations are read by user id; customers, IVRs and external parties (most participants) have
-- none, so the index leaves them out. Reads by user (user_id = ?) imply user_id IS NOT NULL and still use it.
DROP INDEX participant_user_idx;
CREATE INDEX participant_user_idx ON participant (tenant_id, user_id) WHERE user_id IS NOT NULL;
