package com.dxp.collector.platform.audit;

import com.dxp.collector.platform.rest.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Position after the last entry of a page, newest first: the (time, id) of that entry. Opaque to clients
 * (base64url) so its format can change; stable under inserts because it names a row, not an offset.
 *
 * @param occurredAt time of the last entry returned
 * @param id         id of the last entry returned
 */
record AuditCursor(Instant occurredAt, long id) {

    String encode() {
        String plain = occurredAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a client sent back; anything else is a 400. */
    static AuditCursor decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            if (bar < 0) {
                throw invalid();
            }
            return new AuditCursor(Instant.parse(plain.substring(0, bar)), Long.parseLong(plain.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.badRequest("The cursor is not one this API returned.");
    }
}
