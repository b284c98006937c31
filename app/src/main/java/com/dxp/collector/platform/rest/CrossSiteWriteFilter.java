package com.dxp.collector.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a change that a web page of another site could have made the browser send: browsers keep HTTP Basic
 * credentials for a site and send them with any request to it, so a form or a no-CORS fetch on a hostile page could
 * otherwise stop a queue or replay the quarantine in an operator's name.
 *
 * <p>Of the writes (POST, PUT, PATCH, DELETE) it refuses a body of any type but JSON (415: the API takes JSON or no
 * body; the types a page can send without the server's consent, {@code application/x-www-form-urlencoded},
 * {@code multipart/form-data} and {@code text/plain}, among them), and any request the browser marks as coming from
 * another site
 * ({@code Sec-Fetch-Site: cross-site} or {@code same-site}, or an {@code Origin} whose host and port are not the
 * request's: 403). Clients that are not browsers send neither header and are not affected. For every endpoint at
 * once, so a new one cannot forget it.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION - 100)
public class CrossSiteWriteFilter implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> SIMPLE_TYPES = Set.of("application/x-www-form-urlencoded",
            "multipart/form-data", "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        refusal(request.getMethod(), request.getHeaderString("Content-Type"),
                request.getHeaderString("Sec-Fetch-Site"), request.getHeaderString("Origin"),
                request.getHeaderString("Host")).ifPresent(problem -> {
                    throw problem;
                });
    }

    /** Why the request must not change anything, or empty when it may. */
    static Optional<ProblemException> refusal(String method, String contentType, String fetchSite, String origin,
                                              String host) {
        if (method == null || !WRITES.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (contentType != null && !json(mediaType(contentType))) {
            return Optional.of(new ProblemException(415, "Unsupported Media Type", "Changes take a JSON body"
                    + " (Content-Type: application/json) or none" + (SIMPLE_TYPES.contains(mediaType(contentType))
                    ? "; a form or plain-text body is refused, as a page of another site could send it." : ".")));
        }
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return Optional.of(crossSite("the browser marks it as sent from " + printable(fetchSite)));
        }
        if (origin != null && !sameHost(origin, host)) {
            return Optional.of(crossSite("its Origin is not this server"));
        }
        return Optional.empty();
    }

    private static boolean json(String mediaType) {
        return mediaType.equals("application/json") || mediaType.startsWith("application/")
                && mediaType.endsWith("+json");
    }

    private static ProblemException crossSite(String why) {
        return new ProblemException(403, "Forbidden", "A change sent by a page of another site is refused: " + why
                + ".");
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the Origin's host and port are the Host header's ("null" and unreadable origins are not). */
    private static boolean sameHost(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = new URI(origin.strip());
            if (uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            String expected = host.strip().toLowerCase(Locale.ROOT);
            String actual = uri.getHost().toLowerCase(Locale.ROOT);
            return expected.equals(actual + ":" + port) || expected.equals(actual)
                    && (port == 80 || port == 443);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String printable(String value) {
        String cut = value.length() > 40 ? value.substring(0, 40) : value;
        return cut.replaceAll("[^A-Za-z0-9-]", "?");
    }
}
