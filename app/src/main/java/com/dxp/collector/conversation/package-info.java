/**
 * Conversations: the analytics conversation detail records fetched from Genesys Cloud, parsed
 * ({@link com.dxp.collector.conversation.ConversationRecordParser}) and stored raw and normalized
 * ({@link com.dxp.collector.conversation.ConversationStore}), so that live, backfill and reconciliation fetches of the
 * same conversation converge on its most complete record.
 */
package com.dxp.collector.conversation;
