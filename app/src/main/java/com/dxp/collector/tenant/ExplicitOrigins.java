package com.dxp.collector.tenant;

import com.dxp.collector.platform.rest.ProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a tenant may point the collector instead of a Genesys region: nowhere unless explicit base URLs are
 * enabled, and then only at the origins (scheme, host and port) an operator listed. A base URL is where the
 * collector sends a tenant's client id and secret, so this is the one check of such URLs: at create and update,
 * for a dry-run verification, and again at every use of a stored URL, so a URL stored while allowed is refused once
 * the configuration no longer allows it.
 *
 * <p>Besides its origin, a URL must be plain: http or https (https unless the host is a loopback address), no user
 * information, query, fragment or path. Hosts are compared as written, so {@code 2130706433} or {@code 0.0.0.0} are
 * not {@code 127.0.0.1}.
 */
public final class ExplicitOrigins {

    /** None allowed: the production default. */
    public static final ExplicitOrigins NONE = new ExplicitOrigins(false, Set.of());

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private final boolean enabled;
    private final Set<String> origins;

    private ExplicitOrigins(boolean enabled, Set<String> origins) {
        this.enabled = enabled;
        // in the order listed, so messages and the origins() answer read as the operator wrote them
        this.origins = Collections.unmodifiableSet(new LinkedHashSet<>(origins));
    }

    /**
     * The allowed origins.
     *
     * @param enabled whether explicit base URLs are allowed at all ({@code tenant.allow-explicit-base-url})
     * @param listed  the origins, comma-separated, such as {@code http://127.0.0.1:9480}
     *                ({@code tenant.explicit-base-url-origins})
     * @throws IllegalArgumentException a listed origin that is not one (the server refuses to start with it)
     */
    public static ExplicitOrigins of(boolean enabled, String listed) {
        Set<String> origins = new LinkedHashSet<>();
        for (String entry : (listed == null ? "" : listed).split(",")) {
            String text = entry.strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                origins.add(originOf(plain("origin", text)));
            } catch (ProblemException e) {
                throw new IllegalArgumentException("tenant.explicit-base-url-origins: '" + text + "': "
                        + e.getMessage());
            }
        }
        return new ExplicitOrigins(enabled, origins);
    }

    /** The listed origins, normalized ({@code scheme://host:port}); empty when explicit URLs are off. */
    public List<String> origins() {
        return enabled ? List.copyOf(origins) : List.of();
    }

    /**
     * The URL as stored: validated and without a trailing slash.
     *
     * @param field what the caller calls it, for the 400's message
     * @throws ProblemException 400 naming the field and why
     */
    public URI require(String field, String value) {
        if (!enabled) {
            throw ProblemException.badRequest(field + " is not allowed here (tenant.allow-explicit-base-url is"
                    + " false); give region instead.");
        }
        URI uri = plain(field, value);
        if (!origins.contains(originOf(uri))) {
            throw ProblemException.badRequest(field + " must be one of the allowed origins ("
                    + (origins.isEmpty() ? "none is listed in tenant.explicit-base-url-origins"
                    : String.join(", ", origins)) + ").");
        }
        return uri;
    }

    /** Why a stored base URL may not be called any more, or empty when it may. */
    public Optional<String> refusal(URI stored) {
        try {
            require("the base URL", stored.toString());
            return Optional.empty();
        } catch (ProblemException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** An absolute http(s) URL with a host, no user info, query, fragment or path; no trailing slash. */
    private static URI plain(String field, String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw ProblemException.badRequest(field + " is not a valid URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ProblemException.badRequest(field + " must be an http or https URL.");
        }
        if (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            throw ProblemException.badRequest(field + " must not contain user information.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ProblemException.badRequest(field + " must name a host (and a port, if any, of digits).");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw ProblemException.badRequest(field + " must not have a query or fragment.");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.isEmpty() && !path.equals("/")) {
            throw ProblemException.badRequest(field + " must not have a path; give scheme, host and port only.");
        }
        if (scheme.equals("http") && !loopback(uri.getHost())) {
            throw ProblemException.badRequest(field + " must use https (plain http only to a loopback address).");
        }
        return URI.create(scheme + "://" + uri.getRawAuthority());
    }

    private static String originOf(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** A loopback address as written: 127.x.y.z, [::1] or localhost. */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || LOOPBACK_V4.matcher(h).matches();
    }
}
