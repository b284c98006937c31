package com.dxp.collector.conversation;

import com.dxp.collector.platform.rest.Ids;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.rest.TimeWindow;
import com.dxp.collector.platform.security.Roles;
import com.dxp.collector.tenant.TenantRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * The monitoring platform's read API over a tenant's conversations: pages by start time with filters, one
 * conversation normalized, its raw record, and the tenant summary. Validates and delegates.
 */
@Path("tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.VIEWER})
public class ConversationResource {

    @Inject
    ConversationReadService conversations;

    @Inject
    ConversationConfig config;

    /** Conversations that started in {@code [from, to)}, oldest first. */
    @GET
    @Path("conversations")
    public ConversationPage list(@PathParam("tenantId") String tenantId,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("mediaType") String mediaType,
                                 @QueryParam("direction") String direction,
                                 @QueryParam("userId") String userId,
                                 @QueryParam("queueId") String queueId,
                                 @QueryParam("divisionId") String divisionId,
                                 @QueryParam("mosBelow") String mosBelow,
                                 @QueryParam("incomplete") String incomplete,
                                 @QueryParam("cursor") String cursor,
                                 @QueryParam("limit") @DefaultValue("100") @Min(1)
                                 @Max(ConversationReadService.MAX_PAGE) int limit) {
        UUID tenant = TenantRules.tenantId(tenantId);
        ConversationFilter filter = ConversationFilter.of(TimeWindow.required(from, to, config.maxWindow()),
                mediaType, direction, userId, queueId, divisionId, mosBelow, incomplete);
        return conversations.page(tenant, filter, cursor, limit);
    }

    @GET
    @Path("conversations/{conversationId}")
    public ConversationDetail get(@PathParam("tenantId") String tenantId,
                                  @PathParam("conversationId") String conversationId) {
        return conversations.find(TenantRules.tenantId(tenantId), conversationId(conversationId));
    }

    /** The record exactly as Genesys sent it, byte for byte. */
    @GET
    @Path("conversations/{conversationId}/raw")
    public String raw(@PathParam("tenantId") String tenantId, @PathParam("conversationId") String conversationId) {
        return conversations.raw(TenantRules.tenantId(tenantId), conversationId(conversationId));
    }

    /** Conversation counts per UTC day, the poor-call share and the completeness watermark over a window. */
    @GET
    @Path("summary")
    public TenantSummary summary(@PathParam("tenantId") String tenantId,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("poorMosBelow") String poorMosBelow) {
        UUID tenant = TenantRules.tenantId(tenantId);
        TimeWindow window = TimeWindow.required(from, to, config.maxSummaryWindow());
        return conversations.summary(tenant, window, ConversationFilter.mos("poorMosBelow", poorMosBelow));
    }

    /** Conversation ids are UUIDs; anything else names no conversation. */
    private static UUID conversationId(String id) {
        return Ids.parse(id).orElseThrow(() -> ProblemException.notFound("The tenant has no conversation with that"
                + " id."));
    }
}
