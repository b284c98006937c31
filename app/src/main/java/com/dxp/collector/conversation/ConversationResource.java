package com.dxp.collector.conversation;

import com.dxp.collector.platform.rest.ApiDoc;
import com.dxp.collector.platform.rest.QueryParameters;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The monitoring platform's read API over a tenant's conversations: pages by start time with filters, one
 * conversation normalized, its raw record, and the tenant summary. Validates and delegates.
 */
@Path("tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.READER})
@Tag(name = "conversations")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "404", ref = "NotFound")
public class ConversationResource {

    @Inject
    ConversationReadService conversations;

    @Inject
    ConversationConfig config;

    /** Conversations that started in {@code [from, to)}, oldest first. */
    @Operation(summary = "List conversations", description = "The tenant's conversations that started in `[from, to)`"
            + " (both required, at most `CONVERSATION_READ_MAX_WINDOW_DAYS` days apart, 31 by default), oldest first,"
            + " with their conversation-level figures; filters combine. Keyset-paged: a `nextCursor` only works with"
            + " the same tenant, window and filters, so paging never repeats or skips a row while new ones arrive."
            + " Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of conversations.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    @Path("conversations")
    public ConversationPage list(@Parameter(description = ApiDoc.TENANT_ID,
                                         schema = @Schema(implementation = UUID.class))
                                 @PathParam("tenantId") String tenantId,
                                 @Parameter(description = ApiDoc.FROM + " Required.", required = true,
                                         schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                 @QueryParam("from") String from,
                                 @Parameter(description = ApiDoc.TO + " Required.", required = true,
                                         schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                 @QueryParam("to") String to,
                                 @Parameter(description = "Only conversations with a session of this media type"
                                         + " (either case).", schema = @Schema(type = SchemaType.STRING,
                                         enumeration = {"voice", "chat", "email", "callback", "cobrowse", "video",
                                             "screenshare", "message", "internalmessage", "unknown"}))
                                 @QueryParam("mediaType") String mediaType,
                                 @Parameter(description = "Only conversations of this originating direction (either"
                                         + " case).", schema = @Schema(type = SchemaType.STRING,
                                         enumeration = {"inbound", "outbound"}))
                                 @QueryParam("direction") String direction,
                                 @Parameter(description = "Only conversations with this Genesys user as a"
                                         + " participant.", schema = @Schema(implementation = UUID.class))
                                 @QueryParam("userId") String userId,
                                 @Parameter(description = "Only conversations with a segment in this queue.",
                                         schema = @Schema(implementation = UUID.class))
                                 @QueryParam("queueId") String queueId,
                                 @Parameter(description = "Only conversations of this division.",
                                         schema = @Schema(implementation = UUID.class))
                                 @QueryParam("divisionId") String divisionId,
                                 @Parameter(description = "Only conversations whose lowest MOS is below this"
                                         + " (above 1, at most 5).", schema = @Schema(type = SchemaType.NUMBER,
                                         exclusiveMinimum = true, minimum = "1", maximum = "5"))
                                 @QueryParam("mosBelow") String mosBelow,
                                 @Parameter(description = "`true`: only conversations still incomplete (no end or"
                                         + " an open segment).", schema = @Schema(type = SchemaType.BOOLEAN))
                                 @QueryParam("incomplete") String incomplete,
                                 @Parameter(description = "Only conversations with an agent of this work team: the"
                                         + " participant's own team as Genesys recorded it, or its user's team"
                                         + " membership as the last directory sync stored it.",
                                         schema = @Schema(implementation = UUID.class))
                                 @QueryParam("teamId") String teamId,
                                 @Parameter(description = "Only conversations with a session in this Architect"
                                         + " flow (conversations stored before this filter existed match once"
                                         + " fetched again).", schema = @Schema(implementation = UUID.class))
                                 @QueryParam("flowId") String flowId,
                                 @Parameter(description = "Only conversations with a participant attribute of this"
                                         + " key and value, as `key:value` (split at the first colon); attributes"
                                         + " come from analytics job results, for tenants that grant"
                                         + " `conversation:participant:attributesview`.",
                                         example = "customerTier:gold")
                                 @QueryParam("attribute") String attribute,
                                 @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
                                 @Parameter(description = "Conversations per page.")
                                 @QueryParam("limit") @DefaultValue("100") @Min(1)
                                 @Max(ConversationReadService.MAX_PAGE) int limit) {
        UUID tenant = TenantRules.tenantId(tenantId);
        ConversationFilter filter = ConversationFilter.of(TimeWindow.required(from, to, config.maxWindow()),
                mediaType, direction, userId, queueId, divisionId, mosBelow, incomplete, teamId, flowId, attribute);
        return conversations.page(tenant, filter, cursor, limit);
    }

    @Operation(summary = "Read a conversation", description = "One conversation normalized: its conversation-level"
            + " figures (start, end, direction, media types, divisions, lowest MOS and R-factor, complete, source,"
            + " first seen, last fetched) and its participants with sessions, segments, metrics and media endpoint"
            + " statistics. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "The conversation.")
    @GET
    @Path("conversations/{conversationId}")
    public ConversationDetail get(@Parameter(description = ApiDoc.TENANT_ID,
                                          schema = @Schema(implementation = UUID.class))
                                  @PathParam("tenantId") String tenantId,
                                  @Parameter(description = ApiDoc.CONVERSATION_ID,
                                          schema = @Schema(implementation = UUID.class))
                                  @PathParam("conversationId") String conversationId) {
        return conversations.find(TenantRules.tenantId(tenantId), conversationId(conversationId));
    }

    @Operation(summary = "Read a journey session", description = "A Predictive Engagement journey session that a"
            + " conversation's session names (`journeyCustomerSessionId`), as a backfill fetched it: only for a"
            + " tenant that opted in (`journeySessions`) and grants `journey:session:view`. 404 until fetched."
            + " Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "The journey session.")
    @GET
    @Path("journey-sessions/{sessionId}")
    public JourneySession journeySession(@Parameter(description = ApiDoc.TENANT_ID,
                                                 schema = @Schema(implementation = UUID.class))
                                         @PathParam("tenantId") String tenantId,
                                         @Parameter(description = "The journey session id",
                                                 schema = @Schema(implementation = UUID.class))
                                         @PathParam("sessionId") String sessionId) {
        return conversations.journeySession(TenantRules.tenantId(tenantId),
                QueryParameters.genesysId("sessionId", sessionId));
    }

    /** The record exactly as Genesys sent it, byte for byte. */
    @Operation(summary = "Read a conversation's raw record", description = "The analytics conversation detail record"
            + " exactly as Genesys sent it, byte for byte. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "The record as Genesys sent it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "A Genesys analytics conversation detail record")))
    @GET
    @Path("conversations/{conversationId}/raw")
    public String raw(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                      @PathParam("tenantId") String tenantId,
                      @Parameter(description = ApiDoc.CONVERSATION_ID,
                              schema = @Schema(implementation = UUID.class))
                      @PathParam("conversationId") String conversationId) {
        return conversations.raw(TenantRules.tenantId(tenantId), conversationId(conversationId));
    }

    /** Conversation counts per UTC day, the poor-call share and the completeness watermark over a window. */
    @Operation(summary = "Summarize a window", description = "Conversations per UTC day that started in `[from, to)`"
            + " (at most `CONVERSATION_SUMMARY_MAX_WINDOW_DAYS`, 366 by default) with MOS, poor-call and incomplete"
            + " counts, the poor-call share, the latest conversation stored and `dataCompleteThrough` (the instant up"
            + " to which every conversation is proved stored complete). Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "The summary.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    @Path("summary")
    public TenantSummary summary(@Parameter(description = ApiDoc.TENANT_ID,
                                         schema = @Schema(implementation = UUID.class))
                                 @PathParam("tenantId") String tenantId,
                                 @Parameter(description = ApiDoc.FROM + " Required.", required = true,
                                         schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                 @QueryParam("from") String from,
                                 @Parameter(description = ApiDoc.TO + " Required.", required = true,
                                         schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                 @QueryParam("to") String to,
                                 @Parameter(description = "A call whose lowest MOS is below this is poor (above 1, at"
                                         + " most 5); absent: `CONVERSATION_SUMMARY_POOR_MOS_THRESHOLD`, 3.5 by"
                                         + " default.", schema = @Schema(type = SchemaType.NUMBER,
                                         exclusiveMinimum = true, minimum = "1", maximum = "5"))
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
