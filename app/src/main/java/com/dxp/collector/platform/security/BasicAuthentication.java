package com.dxp.collector.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * HTTP Basic authentication for the API (over HTTPS in production), backed by {@link ConfiguredIdentityStore}.
 * Which paths need which role is declared in {@code web.xml} and by {@code @RolesAllowed} on the resources.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "dxp-collector")
public class BasicAuthentication {
}
