package com.dxp.collector.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The store's side of the directory sync, implemented by the app. Each entity stored records when it was last
 * seen, which is how entities the source no longer lists are found afterwards.
 */
public interface DirectorySink {

    /** Upserts users and records {@code seenAt} as their last sync. */
    void storeUsers(UUID tenantId, Instant seenAt, List<DirectoryEntity> users);

    /** Upserts groups and records {@code seenAt} as their last sync. */
    void storeGroups(UUID tenantId, Instant seenAt, List<DirectoryEntity> groups);

    /** Replaces a group's members as a whole. */
    void replaceMembers(UUID tenantId, String groupId, List<String> userIds);

    /** The groups whose last sync is at or after {@code seenSince}: those stored by this sync. */
    List<String> groupIds(UUID tenantId, Instant seenSince);

    /** Marks removed the users and groups whose last sync is before {@code notSeenSince}. */
    RemovedEntities markRemoved(UUID tenantId, Instant notSeenSince);
}
