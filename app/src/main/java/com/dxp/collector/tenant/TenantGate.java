package com.dxp.collector.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one question later features (events, backfill, directory) ask before working for a tenant: may it run?
 * Not when it is unknown, disabled, without an active credential, or when its last verification found a missing
 * required permission or a refused credential. NEW and UNREACHABLE tenants may run: the first is not verified
 * yet, the second failed for a reason that passes. A refusal for missing permissions names them, from the last
 * verification, so the operator knows what to grant.
 */
@ApplicationScoped
public class TenantGate {

    @Inject
    TenantRepository repository;

    /**
     * Returns quietly when the tenant may run.
     *
     * @throws TenantNotRunnableException with the reason when it may not
     */
    public void requireRunnable(UUID tenantId) {
        Optional<Tenant> tenant = tenantId == null ? Optional.empty() : repository.find(tenantId);
        TenantNotRunnableException.Reason reason = reasonNotRunnable(
                tenant.map(Tenant::enabled).orElse(false), tenant.map(Tenant::state).orElse(null),
                tenant.isPresent() && repository.findActiveCredential(tenantId).isPresent());
        if (reason != null) {
            throw new TenantNotRunnableException(tenantId, reason,
                    reason == TenantNotRunnableException.Reason.MISSING_REQUIRED_PERMISSIONS
                            ? missingPermissions(tenantId) : List.of());
        }
    }

    /**
     * The permissions the tenant's last verification found granted; none before its first. Features that use an
     * optional permission ask this, so they use only what a tenant granted.
     */
    public Set<String> grantedPermissions(UUID tenantId) {
        return repository.findPermissions(tenantId).stream().filter(p -> p.status() == PermissionStatus.GRANTED)
                .map(PermissionView::permission).collect(Collectors.toUnmodifiableSet());
    }

    /** The required permissions the tenant's last verification found missing. */
    private List<String> missingPermissions(UUID tenantId) {
        return repository.findPermissions(tenantId).stream()
                .filter(p -> p.required() && p.status() == PermissionStatus.MISSING)
                .map(PermissionView::permission).toList();
    }

    /** Why a tenant in this condition cannot run, or null when it can; state null means no such tenant. */
    static TenantNotRunnableException.Reason reasonNotRunnable(boolean enabled, TenantState state,
                                                               boolean hasActiveCredential) {
        if (state == null) {
            return TenantNotRunnableException.Reason.UNKNOWN_TENANT;
        }
        if (!enabled || state == TenantState.DISABLED) {
            return TenantNotRunnableException.Reason.DISABLED;
        }
        if (!hasActiveCredential) {
            return TenantNotRunnableException.Reason.NO_ACTIVE_CREDENTIAL;
        }
        return switch (state) {
            case MISSING_REQUIRED_PERMISSIONS -> TenantNotRunnableException.Reason.MISSING_REQUIRED_PERMISSIONS;
            case CREDENTIALS_REJECTED -> TenantNotRunnableException.Reason.CREDENTIALS_REJECTED;
            default -> null;
        };
    }
}
