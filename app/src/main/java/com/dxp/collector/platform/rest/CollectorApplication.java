package com.dxp.collector.platform.rest;

import com.dxp.collector.platform.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API of the collector, under {@code /api}: admin endpoints under {@code /api/admin}, the read API
 * under {@code /api/tenants}. Every endpoint needs the {@code admin} or {@code viewer} role. Its OpenAPI
 * definition holds what every operation shares: the tags, the error responses and the security scheme.
 */
@ApplicationPath("api")
@DeclareRoles({Roles.ADMIN, Roles.VIEWER})
@OpenAPIDefinition(
        info = @Info(title = "DXP Collector for Genesys Cloud", version = "1",
                description = "Collects Genesys Cloud conversation details, directory data and events per tenant."
                        + "\n\nEvery operation needs HTTP Basic credentials: `admin` may do everything, `viewer`"
                        + " may only read. Reads through `/api/tenants/{tenantId}/...` are scoped to the tenant in the"
                        + " path; an unknown tenant is a 404, never an empty page. Instants are ISO-8601 with an"
                        + " offset (`2026-11-01T00:00:00Z`); windows are half-open, `[from, to)`. Lists are"
                        + " keyset-paged: pass a page's `nextCursor` back as `cursor`, with the same filters."
                        + "\n\nErrors are RFC 9457 `application/problem+json` documents whose `correlationId` is"
                        + " also in the `X-Correlation-Id` response header and in the server log."),
        tags = {
            @Tag(name = "tenants", description = "Add, list, read, change, disable and purge tenants; replace and"
                    + " verify their Genesys Cloud credentials."),
            @Tag(name = "health", description = "Each tenant's health (status, reasons worst first, the facts"
                    + " behind them) and the whole service at a glance."),
            @Tag(name = "events", description = "The SQS queues the collector polls, the messages it quarantined,"
                    + " and a tenant's user sessions and operational events."),
            @Tag(name = "backfill", description = "Load a tenant's conversation history (backfill runs with their"
                    + " estimates) and reconcile whole days against Genesys."),
            @Tag(name = "directory", description = "Sync a tenant's users and groups from Genesys, and read them."),
            @Tag(name = "conversations", description = "The read API over a tenant's conversations and their"
                    + " summary; imports of exported records; the records the store refused."),
            @Tag(name = "audit", description = "The audit trail of admin actions, operator notes, and the"
                    + " retention job that purges old entries."),
            @Tag(name = "operations", description = "Checks outside any tenant, such as a dry-run verification of"
                    + " Genesys credentials.")
        },
        components = @Components(responses = {
            @APIResponse(name = "BadRequest", description = "The request is invalid: a malformed or out-of-range"
                    + " parameter, an unreadable JSON body, or body fields that failed validation (listed in"
                    + " `errors`); `detail` says what to fix.",
                    content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class))),
            @APIResponse(name = "Unauthorized", description = "No credentials, or wrong ones. Answered by the"
                    + " server's authentication before the API, with a Basic challenge and a problem document.",
                    headers = @Header(name = "WWW-Authenticate", description = "`Basic realm=\"dxp-collector\"`",
                            schema = @Schema(implementation = String.class)),
                    content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class))),
            @APIResponse(name = "Forbidden", description = "Only `admin` may call this; the `viewer` account"
                    + " may only read.",
                    content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class))),
            @APIResponse(name = "NotFound", description = "The path names nothing that exists: no tenant with"
                    + " that id (a malformed id included), or the tenant has no such item.",
                    content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class))),
            @APIResponse(name = "Conflict", description = "The current state does not allow it; `detail` says"
                    + " why and what to do.",
                    content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class))),
            @APIResponse(name = "ServiceUnavailable", description = "Genesys Cloud could not be asked, or the"
                    + " server lacks what this needs; `detail` says which. Try again later.",
                    content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
        }),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "HTTP Basic with the `admin` or the `viewer` account (over HTTPS outside a test bench).")
public class CollectorApplication extends Application {
}
