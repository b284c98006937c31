package com.dxp.collector.conversation;

import com.dxp.collector.platform.rest.ProblemException;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    @Inject
    ConversationConfig config;

    private final ConversationRecordParser parser = new ConversationRecordParser();

    @POST
    @RolesAllowed(Roles.ADMIN)
    public ImportResult importConversations(@PathParam("tenantId") String tenantId, String body) {
        UUID tenant = TenantRules.tenantId(tenantId);
        tenants.requireTenant(tenant);
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("The body must hold conversation detail records.");
        }
        List<String> raw;
        try {
            raw = RawConversations.split(body);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The body is not a conversations document: " + e.getMessage() + ".");
        }
        if (raw.size() > config.maxImportConversations()) {
            throw ProblemException.badRequest("At most " + config.maxImportConversations()
                    + " conversations per import; this one has " + raw.size() + ": split it.");
        }
        Instant now = Clock.systemUTC().instant();
        List<IncomingConversation> batch = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            try {
                parser.parse(raw.get(i));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("Conversation " + (i + 1) + " of the body cannot be stored: "
                        + e.getMessage() + ". Nothing was imported.");
            }
            batch.add(new IncomingConversation(raw.get(i), now, ConversationSource.IMPORT));
        }
        UpsertResult result = writer.store(tenant, batch);
        return new ImportResult(raw.size(), result.inserted(), result.replaced(), result.unchanged());
    }
}
