package com.dxp.collector.conversation;

/**
 * What an admin import stored.
 *
 * @param received  conversation objects in the request
 * @param inserted  stored for the first time
 * @param replaced  replaced a less complete stored record
 * @param unchanged left alone because the stored record was as complete or more (an import never downgrades)
 */
public record ImportResult(int received, int inserted, int replaced, int unchanged) {
}
