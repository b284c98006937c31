package com.dxp.collector.conversation;

import com.dxp.collector.platform.audit.Audited;
import com.dxp.collector.platform.security.Roles;
import com.dxp.collector.tenant.TenantRules;
import com.dxp.collector.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * The conversation records the store refused for a tenant (live, backfill, reconciliation or import), set aside
 * whole: list them with why, read one with its raw JSON, and store them again after a fix. Validates and delegates.
 */
@Path("admin/tenants/{tenantId}/refused-conversations")
@Produces(MediaType.APPLICATION_JSON)
public class RefusedConversationResource {

    @Inject
    RefusedConversationRepository refused;

    @Inject
    ConversationWriteService writer;

    @Inject
    TenantService tenants;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public RefusedConversationPage list(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
                                        @QueryParam("limit") @DefaultValue("50") @Min(1)
                                        @Max(RefusedConversationRepository.MAX_PAGE) int limit) {
        return refused.page(tenant(tenantId), cursor, limit);
    }

    /** One record with its raw JSON: admins only, as it holds whatever the record holds. */
    @GET
    @Path("{recordKey}")
    @RolesAllowed(Roles.ADMIN)
    public RefusedConversationView get(@PathParam("tenantId") String tenantId,
                                       @PathParam("recordKey") String recordKey) {
        return refused.find(tenant(tenantId), recordKey);
    }

    /** Stores up to {@code limit} set-aside records again; those stored leave the list. */
    @Audited(value = "refused-conversations.retried", target = "refused-conversation")
    @POST
    @Path("retry")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed(Roles.ADMIN)
    public RetryOutcome retry(@PathParam("tenantId") String tenantId,
                              @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(10_000) int limit) {
        return writer.retryRefused(tenant(tenantId), limit);
    }

    private UUID tenant(String tenantId) {
        UUID tenant = TenantRules.tenantId(tenantId);
        tenants.requireTenant(tenant);
        return tenant;
    }
}
