package com.dxp.collector.platform.security;

import com.dxp.collector.platform.rest.Ids;
import com.dxp.collector.platform.rest.ProblemException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Holds a read key to the tenants it names: a request authenticated by a key reaches an operation only when the
 * operation's {@code tenantId} is one of them. Another tenant is answered 404, exactly as a tenant that does not
 * exist, so a key cannot even learn which tenant ids are in use. An operation without a tenant is refused by its
 * {@code @RolesAllowed} before this (keys have only the role {@code reader}, which only the tenant read API allows).
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class KeyScopeFilter implements ContainerRequestFilter {

    /** The request attribute holding the tenant ids of the key that authenticated it. */
    static final String TENANTS = KeyScopeFilter.class.getName() + ".tenants";

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Object scope = servletRequest == null ? null : servletRequest.getAttribute(TENANTS);
        if (scope instanceof Collection<?> tenants) {
            refusal(tenants, request.getUriInfo().getPathParameters().getFirst("tenantId")).ifPresent(p -> {
                throw p;
            });
        }
    }

    /** Why a key of these tenants may not call an operation of {@code tenantId}, or empty when it may. */
    static Optional<ProblemException> refusal(Collection<?> tenants, String tenantId) {
        if (tenantId == null) {
            return Optional.of(new ProblemException(403, "Forbidden", "A read key reads only the tenant read API"
                    + " (/api/tenants/{tenantId}/...) of the tenants it names."));
        }
        Optional<UUID> id = Ids.parse(tenantId);
        if (id.isEmpty()) {
            return Optional.of(ProblemException.notFound("No tenant with that id."));
        }
        if (!tenants.contains(id.get())) {
            return Optional.of(ProblemException.notFound("No tenant " + id.get() + "."));
        }
        return Optional.empty();
    }
}
