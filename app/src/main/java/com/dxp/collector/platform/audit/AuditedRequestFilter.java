package com.dxp.collector.platform.audit;

import com.dxp.collector.platform.rest.RequestCorrelation;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records each successful {@link Audited} operation in the audit trail once it has answered: the caller, the
 * action, the tenant and the target named by the path (or by the {@code Location} of what it created), and what was
 * asked as method, path and query with the status it got. Never the request body, which may hold a secret (a dry-run
 * verification sends a client secret). A failure to record is logged, never turned into a failed request.
 */
@Provider
@Audited
public class AuditedRequestFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(AuditedRequestFilter.class.getName());
    private static final List<String> TARGET_PARAMS = List.of("runId", "name", "id", "recordKey", "executionId");

    @Context
    ResourceInfo resource;

    @Inject
    AuditService audit;

    @Inject
    RequestCorrelation correlation;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Audited audited = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Audited.class);
        if (audited == null || audited.value().isEmpty() || response.getStatus() >= 300) {
            return;
        }
        Principal caller = request.getSecurityContext().getUserPrincipal();
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String detail = request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath()
                + (query == null ? "" : "?" + query) + " answered " + response.getStatus();
        try {
            audit.record(new AuditEvent(caller == null ? "unauthenticated" : caller.getName(), audited.value(),
                    audited.target().isEmpty() ? null : audited.target(), target(path, response.getLocation()),
                    tenantId(path), AuditText.bounded(detail), correlation.id()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit: {0} could not be recorded ({1}) [correlationId={2}]",
                    new Object[] {audited.value(), e.toString(), correlation.id()});
        }
    }

    private static String target(MultivaluedMap<String, String> path, URI created) {
        for (String name : TARGET_PARAMS) {
            if (path.containsKey(name)) {
                return AuditText.bounded(path.getFirst(name), 200);
            }
        }
        if (created != null && created.getPath() != null) {
            String p = created.getPath();
            return AuditText.bounded(p.substring(p.lastIndexOf('/') + 1), 200);
        }
        return null;
    }

    private static UUID tenantId(MultivaluedMap<String, String> path) {
        String id = path.getFirst("tenantId");
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
