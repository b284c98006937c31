package com.dxp.collector.tenant;

import com.dxp.collector.platform.cluster.ServerMembership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The store side of the tenant-purge job: each chunk deletes and counts its rows in a transaction of its own, so a
 * purge holds no long transaction and its progress is exact whenever it is read, even after a failure.
 */
@ApplicationScoped
public class TenantPurgeService implements TenantRows {

    @Inject
    TenantRepository tenants;

    @Inject
    TenantPurgeRepository purges;

    @Inject
    TenantService service;

    @Inject
    ServerMembership membership;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void purging(UUID tenantId, long executionId) {
        purges.executing(tenantId, executionId, membership.serverId());
    }

    @Override
    public List<String> tables() {
        return TenantRepository.PURGE_ORDER;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteChunk(UUID tenantId, String table, int limit) {
        int deleted = tenants.deleteChunk(tenantId, table, limit);
        if (deleted > 0) {
            purges.counted(tenantId, table, deleted);
        }
        return deleted;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deleteTenant(UUID tenantId) {
        service.finishPurge(tenantId);
    }
}
