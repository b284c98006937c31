package com.dxp.collector.directory;

import java.util.UUID;

/**
 * The directory API of a tenant, implemented by the app over the Genesys gateway; each method is one call.
 * Transient failures are {@link DirectoryUnavailableException}, long rate limits
 * {@link DirectoryPostponedException}.
 */
public interface DirectorySource {

    /** One page (1-based) of the users in every state: active, inactive and deleted. */
    DirectoryPage users(UUID tenantId, int pageNumber, int pageSize);

    /** One page (1-based) of the groups. */
    DirectoryPage groups(UUID tenantId, int pageNumber, int pageSize);

    /** One page (1-based) of a group's members (users). */
    DirectoryPage groupMembers(UUID tenantId, String groupId, int pageNumber, int pageSize);
}
