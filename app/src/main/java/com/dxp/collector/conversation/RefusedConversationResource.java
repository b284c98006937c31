package com.dxp.collector.conversation;

import com.dxp.collector.platform.audit.Audited;
import com.dxp.collector.platform.rest.ApiDoc;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The conversation records the store refused for a tenant (live, backfill, reconciliation or import), set aside
 * whole: list them with why, read one with its raw JSON, and store them again after a fix. Validates and delegates.
 */
@Path("admin/tenants/{tenantId}/refused-conversations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conversations")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "404", ref = "NotFound")
public class RefusedConversationResource {

    @Inject
    RefusedConversationRepository refused;

    @Inject
    ConversationWriteService writer;

    @Inject
    TenantService tenants;

    @Operation(summary = "List refused conversation records", description = "Records the store could not keep for"
            + " the tenant (not a readable conversation, or refused by the database), from any path (live, backfill,"
            + " reconciliation, import), set aside whole with the reason, first and last refusal and count; without"
            + " their raw JSON. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of records.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public RefusedConversationPage list(@Parameter(description = ApiDoc.TENANT_ID,
                                                schema = @Schema(implementation = UUID.class))
                                        @PathParam("tenantId") String tenantId,
                                        @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
                                        @Parameter(description = "Records per page.")
                                        @QueryParam("limit") @DefaultValue("50") @Min(1)
                                        @Max(RefusedConversationRepository.MAX_PAGE) int limit) {
        return refused.page(tenant(tenantId), cursor, limit);
    }

    /** One record with its raw JSON: admins only, as it holds whatever the record holds. */
    @Operation(summary = "Read a refused conversation record", description = "One set-aside record with its raw JSON"
            + " (admin only, as it holds whatever the record holds); changes nothing.")
    @APIResponse(responseCode = "200", description = "The record.")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @Path("{recordKey}")
    @RolesAllowed(Roles.ADMIN)
    public RefusedConversationView get(@Parameter(description = ApiDoc.TENANT_ID,
                                               schema = @Schema(implementation = UUID.class))
                                       @PathParam("tenantId") String tenantId,
                                       @Parameter(description = "The record's `recordKey`, as listed.")
                                       @PathParam("recordKey") String recordKey) {
        return refused.find(tenant(tenantId), recordKey);
    }

    /** Stores up to {@code limit} set-aside records again; those stored leave the list. */
    @Audited(value = "refused-conversations.retried", target = "refused-conversation")
    @Operation(summary = "Store refused records again", description = "Stores up to `limit` set-aside records again,"
            + " after a fix (admin): those stored leave the list, the others count one refusal more.")
    @APIResponse(responseCode = "200", description = "What the retry came to.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @POST
    @Path("retry")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed(Roles.ADMIN)
    public RetryOutcome retry(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                              @PathParam("tenantId") String tenantId,
                              @Parameter(description = "Most records to retry.")
                              @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(10_000) int limit) {
        return writer.retryRefused(tenant(tenantId), limit);
    }

    private UUID tenant(String tenantId) {
        UUID tenant = TenantRules.tenantId(tenantId);
        tenants.requireTenant(tenant);
        return tenant;
    }
}
