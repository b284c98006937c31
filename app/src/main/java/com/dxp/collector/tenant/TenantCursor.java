package com.dxp.collector.tenant;

import com.dxp.collector.platform.rest.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Position after the last tenant of a page: its name key, which is unique. Opaque to clients (base64url with a
 * marker) so its format can change.
 */
final class TenantCursor {

    private static final String PREFIX = "t1:";

    private TenantCursor() {
    }

    static String encode(String nameKey) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + nameKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The name key a client sent back; anything else is a 400. */
    static String decode(String token) {
        try {
            if (token.length() <= 4 * TenantRules.NAME_MAX) {
                String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                if (plain.startsWith(PREFIX) && plain.length() > PREFIX.length()) {
                    return plain.substring(PREFIX.length());
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through
        }
        throw ProblemException.badRequest("The cursor is not one this API returned.");
    }
}
