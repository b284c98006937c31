package com.dxp.collector.directory;

import java.util.UUID;

/**
 * The directory API of a tenant, implemented by the app over the Genesys gateway; each method is one call.
 * Transient failures are {@link DirectoryUnavailableException}, long rate limits
 * {@link DirectoryPostponedException}.
 */
public interface DirectorySource {

    /** One page of a listing: users come in every state (active, inactive and deleted). */
    DirectoryPage page(UUID tenantId, DirectoryKind kind, PagePosition at, int pageSize);

    /** One page of the members (users) of a group or a team ({@link DirectoryKind#hasMembers()}). */
    DirectoryPage members(UUID tenantId, DirectoryKind kind, String ownerId, PagePosition at, int pageSize);
}
