package com.dxp.collector.conversation;

import com.dxp.collector.platform.audit.Audited;
import com.dxp.collector.platform.security.Roles;
import com.dxp.collector.tenant.TenantRules;
import com.dxp.collector.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * Admin import of analytics conversation detail records a tenant exported (a details query response, an async
 * job's results page, or a JSON array of conversations), stored exactly as they are written, with the same upsert
 * rules as live and backfill fetches: an import never replaces a more complete stored record. All or nothing: one
 * unreadable conversation and none is stored.
 */
@Path("admin/tenants/{tenantId}/conversation-imports")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ConversationImportResource {

    @Inject
    ConversationWriteService writer;

    @Inject
    TenantService tenants;

    @Audited(value = "conversations.imported", target = "import")
    @POST
    @RolesAllowed(Roles.ADMIN)
    public ImportResult importConversations(@PathParam("tenantId") String tenantId, String body) {
        UUID tenant = TenantRules.tenantId(tenantId);
        tenants.requireTenant(tenant);
        return writer.importDocument(tenant, body);
    }
}
