package com.dxp.collector.tenant;

import com.dxp.collector.platform.rest.Ids;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.rest.QueryParameters;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules on tenant input that Bean Validation cannot say alone: a region or explicit base URLs (exactly one,
 * explicit only to the {@link ExplicitOrigins}), name normalization for case-insensitive uniqueness, and the
 * parsing of ids and list filters. Plain functions, so they are unit-tested without a server; every refusal is a
 * 400 (404 for ids) that names the field.
 */
public final class TenantRules {

    public static final int NAME_MAX = 200;
    public static final int REGION_MAX = 100;
    public static final int URL_MAX = 500;
    public static final int CLIENT_ID_MAX = 200;
    public static final int SECRET_MAX = 1000;
    public static final int DETAIL_MAX = 1000;
    /**
     * A name: no control characters, no format characters (a right-to-left override would make a name read as
     * another in every list) and no lone surrogates (which no column can store).
     */
    public static final String NAME_PATTERN = "[^\\p{Cntrl}\\p{Cf}\\p{Cs}]*";
    /** An OAuth client id: printable ASCII without spaces, as Genesys issues them. */
    public static final String CLIENT_ID_PATTERN = "[!-~]*";

    private TenantRules() {
    }

    /** The name as stored: trimmed. */
    public static String name(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw ProblemException.badRequest("name must not be blank.");
        }
        return trimmed;
    }

    /**
     * The key names are unique by: trimmed, lower case. Lower-casing can lengthen a name (İ becomes i and a
     * combining dot), so a name whose key would not fit its column is a 400, not a database error.
     */
    public static String nameKey(String name) {
        String key = name(name).toLowerCase(Locale.ROOT);
        if (key.length() > NAME_MAX) {
            throw ProblemException.badRequest("name is too long: at most " + NAME_MAX + " characters, lower-cased"
                    + " too (some letters, such as İ, become two).");
        }
        return key;
    }

    /**
     * Where the tenant's org answers.
     *
     * @param region       a region domain, or null
     * @param apiBaseUrl   an explicit API base URL, or null
     * @param loginBaseUrl an explicit login base URL, or null (then the API base URL, as on the simulator)
     * @param origins      where explicit URLs may point ({@link ExplicitOrigins})
     */
    public static TenantEndpoint endpoint(String region, String apiBaseUrl, String loginBaseUrl,
                                          ExplicitOrigins origins) {
        boolean hasRegion = region != null;
        boolean hasUrl = apiBaseUrl != null;
        if (hasRegion && hasUrl) {
            throw ProblemException.badRequest("Give either region or apiBaseUrl, not both.");
        }
        if (!hasRegion && !hasUrl) {
            throw ProblemException.badRequest(loginBaseUrl != null
                    ? "loginBaseUrl needs apiBaseUrl." : "Give region (a Genesys region domain such as"
                    + " mypurecloud.de) or apiBaseUrl.");
        }
        if (hasRegion) {
            if (loginBaseUrl != null) {
                throw ProblemException.badRequest("loginBaseUrl goes with apiBaseUrl, not with region.");
            }
            GenesysRegion known = GenesysRegion.ofDomain(region).orElseThrow(() -> ProblemException.badRequest(
                    "region is not a Genesys Cloud region domain; known: " + Arrays.toString(
                            GenesysRegion.ALL.stream().map(GenesysRegion::domain).toArray())));
            return TenantEndpoint.of(known);
        }
        URI api = origins.require("apiBaseUrl", apiBaseUrl);
        URI login = loginBaseUrl == null ? api : origins.require("loginBaseUrl", loginBaseUrl);
        return new TenantEndpoint(null, api, login);
    }

    /** A tenant id from a path; anything that is not a UUID names no tenant (404). */
    public static UUID tenantId(String id) {
        return Ids.parse(id).orElseThrow(() -> TenantProblems.tenantNotFound(id == null ? "" : "with that id"));
    }

    /** The optional {@code enabled} filter: {@code true}, {@code false} or absent. */
    public static Optional<Boolean> enabledFilter(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return switch (value) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw ProblemException.badRequest("enabled must be true or false.");
        };
    }

    /** The {@code purge} flag of a delete: absent or {@code false} disables, {@code true} deletes for good. */
    public static boolean purgeFlag(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.badRequest("purge must be true or false.");
    }

    /** The optional {@code state} filter: a {@link TenantState} name or absent. */
    public static Optional<TenantState> stateFilter(String value) {
        return Optional.ofNullable(QueryParameters.enumValue("state", value, TenantState.class));
    }
}
