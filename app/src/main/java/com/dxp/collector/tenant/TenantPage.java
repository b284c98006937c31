package com.dxp.collector.tenant;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of tenants, by name.
 *
 * @param tenants    in name order (case-insensitive)
 * @param nextCursor pass as {@code cursor} for the next page; absent on the last page
 */
@Schema(description = "One page of tenants, by name.")
public record TenantPage(
        @Schema(description = "In name order (case-insensitive)") List<TenantView> tenants,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page", example = "dDE6Z2xvYmV4")
        String nextCursor) {
}
