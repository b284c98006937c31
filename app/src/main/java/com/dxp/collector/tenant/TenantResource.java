package com.dxp.collector.tenant;

import com.dxp.collector.platform.rest.ApiDoc;
import com.dxp.collector.platform.rest.ProblemDetail;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.rest.RequestCorrelation;
import com.dxp.collector.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant admin API: add, list, read, change, disable and purge tenants (and follow a purge), replace their
 * credentials and verify them. Validates and delegates; secrets go in and never come out.
 */
@Path("admin/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tenants")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class TenantResource {

    @Inject
    TenantService tenants;

    @Inject
    CredentialWorkflow credentials;

    @Inject
    TenantPurge purges;

    @Inject
    RequestCorrelation correlation;

    @Inject
    Instance<TenantHealthLookup> health;

    @Operation(summary = "Add a tenant", description = "Adds a tenant (admin): its name, where its org lives (`region`,"
            + " a Genesys region domain, or `apiBaseUrl` where `TENANT_ALLOW_EXPLICIT_BASE_URL=true`), the OAuth client"
            + " it gave (`clientId`, `clientSecret`), optionally its `eventBridge` source and `enabled`. The secret is"
            + " stored encrypted and never shown again. The tenant starts in state `NEW`; verify it with"
            + " `POST /api/admin/tenants/{id}/verify`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewTenant.class), examples = {
                @ExampleObject(name = "region", summary = "An org in a Genesys region, with its EventBridge source",
                        value = "{\"name\":\"Acme\",\"region\":\"mypurecloud.de\","
                                + "\"clientId\":\"3f1e2d4c-5b6a-4789-8a0b-1c2d3e4f5a6b\","
                                + "\"clientSecret\":\"<client secret>\","
                                + "\"eventBridge\":{\"awsAccountId\":\"123456789012\","
                                + "\"awsRegion\":\"eu-central-1\",\"eventSourceSuffix\":\"acme-prod\"},"
                                + "\"enabled\":true}"),
                @ExampleObject(name = "without events", summary = "No EventBridge source yet",
                        value = "{\"name\":\"Globex\",\"region\":\"mypurecloud.com\","
                                + "\"clientId\":\"0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d\","
                                + "\"clientSecret\":\"<client secret>\"}")}))
    @APIResponse(responseCode = "201", description = "Added; `Location` is its URL.",
            headers = @Header(name = "Location", description = "The new tenant's URL",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = TenantView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", description = "A tenant of that name exists already (names are unique,"
            + " case-insensitively).",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "503", description = "No secret key is configured to encrypt the secret.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull NewTenant tenant, @Context SecurityContext caller,
                           @Context UriInfo uriInfo) {
        TenantView created = tenants.create(tenant, actor(caller));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @Operation(summary = "List tenants", description = "Tenants by name, keyset-paged, each with its `health` in"
            + " brief (status and reason codes, worked out at most `HEALTH_TENANT_CACHE_SECONDS` ago). Admin or viewer;"
            + " changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of tenants.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public TenantPage list(@Parameter(description = "Only enabled (`true`) or only disabled (`false`) tenants;"
                                   + " absent: all.", schema = @Schema(type = SchemaType.BOOLEAN))
                           @QueryParam("enabled") String enabled,
                           @Parameter(description = "Only tenants in this state; absent: all.",
                                   schema = @Schema(implementation = TenantState.class))
                           @QueryParam("state") String state,
                           @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
                           @Parameter(description = "Tenants per page.")
                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(TenantService.MAX_PAGE) int limit) {
        return health().annotate(tenants.page(TenantRules.enabledFilter(enabled).orElse(null),
                TenantRules.stateFilter(state).orElse(null), cursor, limit));
    }

    @Operation(summary = "Read a tenant", description = "One tenant with its active credential (client id and"
            + " `secretSet`, never the secret), the permissions its last verification probed, and its `health` in"
            + " brief. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "The tenant.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public TenantView get(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                          @PathParam("id") String id) {
        return health().annotate(tenants.find(TenantRules.tenantId(id)));
    }

    @Operation(summary = "Change a tenant", description = "Replaces what is editable of a tenant (admin): name,"
            + " region or base URLs, `eventBridge` (null removes it), `enabled` (false disables it, as DELETE does)."
            + " Send the `version` you read: a stale one is a 409, so no change is lost. Credentials change only"
            + " through `PUT .../credentials`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TenantUpdate.class), examples = @ExampleObject(name = "rename",
                    value = "{\"version\":3,\"name\":\"Acme Europe\",\"region\":\"mypurecloud.de\","
                            + "\"eventBridge\":{\"awsAccountId\":\"123456789012\","
                            + "\"awsRegion\":\"eu-central-1\","
                            + "\"eventSourceSuffix\":\"acme-prod\"},\"enabled\":true}")))
    @APIResponse(responseCode = "200", description = "The tenant as changed, with its new `version`.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "A stale `version`, or the new name is another tenant's.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public TenantView update(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                             @PathParam("id") String id, @Valid @NotNull TenantUpdate update,
                             @Context SecurityContext caller) {
        return tenants.update(TenantRules.tenantId(id), update, actor(caller));
    }

    /**
     * Disables the tenant (200 with it); with {@code purge=true} starts the background purge of a disabled tenant
     * (202 with the run, {@code Location} its URL).
     */
    @Operation(summary = "Disable or purge a tenant", description = "Without `purge` (admin): a soft delete, the"
            + " tenant is disabled (state `DISABLED`), its collection stops and its data is kept; 200 with the tenant."
            + " With `purge=true`: deletes a disabled tenant for good, with its credentials, permissions and every row"
            + " collected for it. Its work is stopped first, then the tenant is marked `PURGING` (it can no longer be"
            + " enabled, changed or verified) and the `tenant-purge` batch job deletes its rows in the background, a"
            + " chunk of `TENANT_PURGE_CHUNK_SIZE` rows per transaction, the tenant row last; 202 with the run to poll"
            + " (`Location`). A purge whose job failed or stopped, or whose server died, continues when purged again."
            + " The audit trail keeps the tenant's history.")
    @APIResponse(responseCode = "200", description = "Disabled; the tenant as it is now.",
            content = @Content(schema = @Schema(implementation = TenantView.class)))
    @APIResponse(responseCode = "202", description = "Purge started (or continued); `Location` is the run's URL.",
            headers = @Header(name = "Location", description = "The purge run's URL",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = TenantPurgeRun.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Purge of a tenant still enabled (disable it first), its"
            + " running work did not stop in time (try again in a minute), or its purge is running already (follow it"
            + " at `.../purge`).",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                           @PathParam("id") String id,
                           @Parameter(description = "`true` purges the (disabled) tenant and its data for good, in"
                                   + " the background; absent or `false` disables it.",
                                   schema = @Schema(type = SchemaType.BOOLEAN))
                           @QueryParam("purge") String purge,
                           @Context SecurityContext caller, @Context UriInfo uriInfo) {
        if (TenantRules.purgeFlag(purge)) {
            TenantPurgeRun run = purges.purge(TenantRules.tenantId(id), actor(caller));
            return Response.accepted(run).location(uriInfo.getAbsolutePathBuilder().path("purge").build()).build();
        }
        return Response.ok(tenants.disable(TenantRules.tenantId(id), actor(caller))).build();
    }

    /**
     * The tenant's purge. Addressed by the tenant rather than by a batch execution id because a tenant has one purge,
     * which may take several executions (after a failure or a dead server) and outlives the tenant row.
     */
    @Operation(summary = "Read a tenant's purge", description = "The tenant's purge: its status (`STARTED` while it"
            + " deletes, `COMPLETED` once the tenant is gone, `FAILED` or `STOPPED` when it ended early: purge again to"
            + " continue), when it started and ended, and the rows deleted so far per table and in all. Still there"
            + " after the tenant is gone. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "The purge.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}/purge")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public TenantPurgeRun purge(@Parameter(description = ApiDoc.TENANT_ID,
                                        schema = @Schema(implementation = UUID.class))
                                @PathParam("id") String id) {
        UUID tenantId = TenantRules.tenantId(id);
        return purges.find(tenantId).orElseThrow(() -> ProblemException.notFound("No purge of tenant " + tenantId
                + "."));
    }

    /** Replaces the credentials: 200 when verified and active, 422 with the verification when refused. */
    @Operation(summary = "Replace a tenant's credentials", description = "Replaces the tenant's OAuth client"
            + " (admin): the new one is stored as pending, verified against Genesys (token, org, permissions), then"
            + " made active (200) or refused with its verification (422; the old credential stays active).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClientCredentials.class),
            examples = @ExampleObject(name = "credentials",
                    value = "{\"clientId\":\"3f1e2d4c-5b6a-4789-8a0b-1c2d3e4f5a6b\","
                            + "\"clientSecret\":\"<client secret>\"}")))
    @APIResponse(responseCode = "200", description = "Verified and now active.",
            content = @Content(schema = @Schema(implementation = CredentialChange.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Its org belongs to another tenant, or the new credential"
            + " vanished while it was verified.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Refused by its verification (rejected client, missing"
            + " required permission, Genesys unreachable); the problem document carries the `verification`.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = CredentialRejection.class)))
    @APIResponse(responseCode = "503", description = "No verifier is deployed, or no secret key is configured.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @PUT
    @Path("{id}/credentials")
    @RolesAllowed(Roles.ADMIN)
    public Response replaceCredentials(@Parameter(description = ApiDoc.TENANT_ID,
                                               schema = @Schema(implementation = UUID.class))
                                       @PathParam("id") String id, @Valid @NotNull ClientCredentials replacement,
                                       @Context SecurityContext caller, @Context UriInfo uriInfo) {
        CredentialChange change = credentials.replace(TenantRules.tenantId(id), replacement, actor(caller));
        if (change.accepted()) {
            return Response.ok(change).build();
        }
        return Response.status(422).type(ProblemDetail.MEDIA_TYPE)
                .entity(new CredentialRejection("about:blank", "Unprocessable Content", 422, change.reason(),
                        uriInfo.getRequestUri().getRawPath(), correlation.id(), change.verification()))
                .build();
    }

    @Operation(summary = "Verify a tenant's credential", description = "Verifies the active credential against"
            + " Genesys (admin): gets a token, reads the org, probes the required and optional permissions and the"
            + " org's rate limit, and stores the outcome: the tenant's state, org and permissions follow it.")
    @APIResponse(responseCode = "200", description = "The verification, whatever its outcome (see `outcome`).")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The tenant has no active credential, or its org is another"
            + " tenant's.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "503", description = "No verifier is deployed.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @POST
    @Path("{id}/verify")
    @RolesAllowed(Roles.ADMIN)
    public Verification verify(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                               @PathParam("id") String id, @Context SecurityContext caller) {
        return credentials.verify(TenantRules.tenantId(id), actor(caller));
    }

    private CredentialStore.Actor actor(SecurityContext caller) {
        return new CredentialStore.Actor(caller.getUserPrincipal().getName(), correlation.id());
    }

    private TenantHealthLookup health() {
        return health.isResolvable() ? health.get() : TenantHealthLookup.NONE;
    }
}
