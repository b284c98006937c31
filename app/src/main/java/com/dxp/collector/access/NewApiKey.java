package com.dxp.collector.access;

import com.dxp.collector.tenant.TenantRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request for a read key.
 *
 * @param name      what it is for (the monitoring platform's environment, say)
 * @param tenantIds the tenants it may read; at least one, each an existing tenant
 * @param expiresAt when it stops working; absent: never
 */
@Schema(description = "A request for a read key.")
public record NewApiKey(
        @Schema(description = "What it is for", example = "monitoring platform, production")
        @NotBlank @Size(max = 200) @Pattern(regexp = TenantRules.NAME_PATTERN,
                message = "must not contain control or format characters") String name,
        @Schema(description = "The tenants it may read", example = "[\"6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10\"]")
        @NotEmpty @Size(max = 1000) List<@NotNull UUID> tenantIds,
        @Schema(description = "When it stops working, in the future; absent: never",
                example = "2027-12-31T00:00:00.000Z") Instant expiresAt) {
}
