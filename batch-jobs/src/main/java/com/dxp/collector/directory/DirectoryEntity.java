package com.dxp.collector.directory;

/**
 * One user, group or group member as the directory API sent it.
 *
 * @param id the entity's id
 * @param rawJson the entity's JSON exactly as received
 */
public record DirectoryEntity(String id, String rawJson) {
}
