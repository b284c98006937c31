-- V8: a child row (participant, session, segment, metric, media_endpoint_stat) is found through its conversation
-- only. The store writes and deletes children per whole conversation, in the transaction that holds its
-- conversation row (inserted under the conversation's primary key, or locked FOR UPDATE before a replacement), and
-- numbers them by their position in the record: the ordinals are unique by construction, and a unique key on them
-- checked nothing the conversation's key does not already guarantee. Readers read a conversation's children and
-- order them by their ordinals themselves.
--
-- These indexes replace the children's primary keys (dropped per database in V8.1, where the names of primary key
-- constraints differ). Not unique, they keep one entry per conversation and a list of its rows (B-tree
-- deduplication), where a primary key had one wide entry per row: with V8.1 on PostgreSQL the store's tables and
-- indexes went from about 13.9 to 12.1 KB per conversation, and a replaced record's rows are found and deleted
-- with fewer page reads (the store benchmark replaced all records about 40 % faster). Without primary keys, a logical
-- replication publication of these tables needs REPLICA IDENTITY FULL to replicate deletes.
CREATE INDEX participant_conversation_idx ON participant (tenant_id, conversation_id);
CREATE INDEX session_conversation_idx ON session (tenant_id, conversation_id);
CREATE INDEX segment_conversation_idx ON segment (tenant_id, conversation_id);
CREATE INDEX metric_conversation_idx ON metric (tenant_id, conversation_id);
CREATE INDEX media_endpoint_stat_conversation_idx ON media_endpoint_stat (tenant_id, conversation_id);
