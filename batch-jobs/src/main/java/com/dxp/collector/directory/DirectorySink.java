package com.dxp.collector.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The store's side of the directory sync, implemented by the app. Each entity stored records when it was last
 * seen, which is how entities the source no longer lists are found afterwards.
 */
public interface DirectorySink {

    /** Upserts entities of a kind and records {@code seenAt} as their last sync. */
    void store(UUID tenantId, DirectoryKind kind, Instant seenAt, List<DirectoryEntity> entities);

    /** Replaces the members of a group or a team as a whole. */
    void replaceMembers(UUID tenantId, DirectoryKind kind, String ownerId, List<String> userIds);

    /** The groups or teams whose last sync is at or after {@code seenSince}: those stored by this sync. */
    List<String> ownerIds(UUID tenantId, DirectoryKind kind, Instant seenSince);

    /** Marks removed the entities of {@code kinds} whose last sync is before {@code notSeenSince}; counts by kind. */
    Map<DirectoryKind, Integer> markRemoved(UUID tenantId, Set<DirectoryKind> kinds, Instant notSeenSince);
}
