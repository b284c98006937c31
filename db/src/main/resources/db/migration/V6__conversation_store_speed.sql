-- V6: fewer index updates per stored conversation. Every index is written once per row, and a conversation is
-- about 25 child rows, so an index nobody reads through costs a noticeable share of the bulk insert time.
-- The minimum MOS of a conversation is already its own column, indexed by conversation_mos_idx: "worst calls
-- first" reads that index and then a conversation's media endpoint statistics through their primary key. An
-- index of the endpoints by MOS answered the same question a second time.
DROP INDEX media_endpoint_stat_mos_idx;
