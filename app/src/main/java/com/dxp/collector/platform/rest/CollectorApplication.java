package com.dxp.collector.platform.rest;

import com.dxp.collector.platform.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API of the collector, under {@code /api}: admin endpoints under {@code /api/admin}, the read API
 * under {@code /api/tenants}. Every endpoint needs the {@code admin} or {@code viewer} role.
 */
@ApplicationPath("api")
@DeclareRoles({Roles.ADMIN, Roles.VIEWER})
@OpenAPIDefinition(
        info = @Info(title = "DXP Collector for Genesys Cloud", version = "1",
                description = "Collects Genesys Cloud conversation details, directory data and events per tenant."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class CollectorApplication extends Application {
}
