package com.dxp.collector.tenant;

import com.dxp.collector.platform.rest.ProblemDetail;
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

/**
 * The tenant admin API: add, list, read, change, disable and purge tenants, replace their credentials and
 * verify them. Validates and delegates; secrets go in and never come out.
 */
@Path("admin/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
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

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull NewTenant tenant, @Context SecurityContext caller,
                           @Context UriInfo uriInfo) {
        TenantView created = tenants.create(tenant, actor(caller));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public TenantPage list(@QueryParam("enabled") String enabled,
                           @QueryParam("state") String state,
                           @QueryParam("cursor") String cursor,
                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(TenantService.MAX_PAGE) int limit) {
        return health().annotate(tenants.page(TenantRules.enabledFilter(enabled).orElse(null),
                TenantRules.stateFilter(state).orElse(null), cursor, limit));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public TenantView get(@PathParam("id") String id) {
        return health().annotate(tenants.find(TenantRules.tenantId(id)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public TenantView update(@PathParam("id") String id, @Valid @NotNull TenantUpdate update,
                             @Context SecurityContext caller) {
        return tenants.update(TenantRules.tenantId(id), update, actor(caller));
    }

    /** Disables the tenant (200 with it); with {@code purge=true} deletes a disabled tenant for good (204). */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") String id, @QueryParam("purge") String purge,
                           @Context SecurityContext caller) {
        if (TenantRules.purgeFlag(purge)) {
            purges.purge(TenantRules.tenantId(id), actor(caller));
            return Response.noContent().build();
        }
        return Response.ok(tenants.disable(TenantRules.tenantId(id), actor(caller))).build();
    }

    /** Replaces the credentials: 200 when verified and active, 422 with the verification when refused. */
    @PUT
    @Path("{id}/credentials")
    @RolesAllowed(Roles.ADMIN)
    public Response replaceCredentials(@PathParam("id") String id, @Valid @NotNull ClientCredentials replacement,
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

    @POST
    @Path("{id}/verify")
    @RolesAllowed(Roles.ADMIN)
    public Verification verify(@PathParam("id") String id, @Context SecurityContext caller) {
        return credentials.verify(TenantRules.tenantId(id), actor(caller));
    }

    private CredentialStore.Actor actor(SecurityContext caller) {
        return new CredentialStore.Actor(caller.getUserPrincipal().getName(), correlation.id());
    }

    private TenantHealthLookup health() {
        return health.isResolvable() ? health.get() : TenantHealthLookup.NONE;
    }
}
