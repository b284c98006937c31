package com.dxp.collector.genesys.simulator.api;

import java.util.List;

/**
 * The permission gate of endpoints documented as "Requires ANY permissions": a caller without any of them gets
 * 403 {@code missing.any.permissions}, which the collector must read as "feature not granted".
 */
final class PermissionCheck {

    private PermissionCheck() {
    }

    static void requireAny(ApiCall call, String... permissions) {
        for (String permission : permissions) {
            if (call.grant().has(permission)) {
                return;
            }
        }
        throw ApiException.missingAnyPermissions(List.of(permissions));
    }
}
