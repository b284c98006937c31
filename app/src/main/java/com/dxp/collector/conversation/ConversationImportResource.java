package com.dxp.collector.conversation;

import com.dxp.collector.platform.rest.ApiDoc;
import com.dxp.collector.platform.rest.LargeBody;
import com.dxp.collector.platform.rest.ProblemDetail;
import com.dxp.collector.platform.rest.RequestCorrelation;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admin import of analytics conversation detail records a tenant exported (a details query response, an async
 * job's results page, or a JSON array of conversations), stored exactly as they are written, with the same upsert
 * rules as live and backfill fetches: an import never replaces a more complete stored record. All or nothing: one
 * unreadable conversation and none is stored.
 */
@Path("admin/tenants/{tenantId}/conversation-imports")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conversations")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class ConversationImportResource {

    @Inject
    ConversationWriteService writer;

    @Inject
    TenantService tenants;

    @Inject
    RequestCorrelation correlation;

    @Operation(summary = "Import conversation records", description = "Imports exported analytics conversation detail"
            + " records (admin): a details query response, an async job results page, a JSON array or one"
            + " conversation object, at most `CONVERSATION_IMPORT_MAX_CONVERSATIONS` (1000) per request. They are"
            + " stored byte for byte with the same upsert rules as fetched ones (never replacing a more complete"
            + " record). All or nothing: a record that is not a readable conversation is a 400 naming it and nothing"
            + " is imported; a body holding no conversation is a 400.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "A details query response, an async job results"
                    + " page, a JSON array of conversations or one conversation"),
            examples = @ExampleObject(name = "details query response", value = "{\"conversations\":[{"
                    + "\"conversationId\":\"0b5f2c1e-8d4a-4f3b-9e6c-7a1d2b3c4e5f\","
                    + "\"conversationStart\":\"2026-11-01T09:00:00.000Z\","
                    + "\"conversationEnd\":\"2026-11-01T09:04:10.000Z\","
                    + "\"originatingDirection\":\"inbound\",\"divisionIds\":[\"4e2a9c1b-7d3f-4a5e-8b6c-0f1e2d3c4b5a\"],"
                    + "\"participants\":[{\"participantId\":\"5c3d1e2f-6a7b-4c8d-9e0f-1a2b3c4d5e6f\","
                    + "\"purpose\":\"customer\",\"sessions\":[{\"sessionId\":\"7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b\","
                    + "\"mediaType\":\"voice\",\"direction\":\"inbound\",\"segments\":[{"
                    + "\"segmentStart\":\"2026-11-01T09:00:00.000Z\",\"segmentEnd\":\"2026-11-01T09:04:10.000Z\","
                    + "\"segmentType\":\"interact\"}]}]}]}]}")))
    @APIResponse(responseCode = "200", description = "What was stored.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", description = "The body is larger than `API_MAX_LARGE_BODY_MB`; nothing was"
            + " stored.", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @POST
    @LargeBody
    @RolesAllowed(Roles.ADMIN)
    public ImportResult importConversations(@Parameter(description = ApiDoc.TENANT_ID,
                                                    schema = @Schema(implementation = UUID.class))
                                            @PathParam("tenantId") String tenantId, String body,
                                            @Context SecurityContext caller) {
        UUID tenant = TenantRules.tenantId(tenantId);
        tenants.requireEnabled(tenant);
        return writer.importDocument(tenant, body, caller.getUserPrincipal().getName(), correlation.id());
    }
}
