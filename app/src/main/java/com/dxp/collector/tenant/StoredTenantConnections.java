package com.dxp.collector.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link TenantConnections} from the store: an enabled tenant's active credential, its secret decrypted only in
 * memory. A secret that cannot be opened (which the start-up check should have caught) is an
 * {@link SecretCipherException} naming the key id, never an empty answer that would look like "no credential".
 */
@ApplicationScoped
public class StoredTenantConnections implements TenantConnections {

    @Inject
    TenantRepository repository;

    @Inject
    TenantService tenants;

    @Override
    public Optional<TenantConnection> active(UUID tenantId) {
        if (tenantId == null) {
            return Optional.empty();
        }
        return repository.find(tenantId)
                .filter(Tenant::enabled)
                .flatMap(t -> repository.findActiveCredential(t.id()).map(c -> tenants.connection(t, c)));
    }
}
