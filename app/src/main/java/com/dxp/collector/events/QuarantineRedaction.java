package com.dxp.collector.events;

import java.util.regex.Pattern;

/**
 * What a viewer sees of a quarantined body: the message as received, but without what identifies a person or a
 * session, which only admins may read. Genesys token events carry a {@code tokenHash} (enough to recognise a
 * session) and client IP addresses; both are replaced wherever they stand in the body, so a malformed message that
 * could not be parsed is redacted as well as a well-formed one.
 */
final class QuarantineRedaction {

    static final String HIDDEN = "(redacted)";

    /** Possessive: a backtracking alternation overflows the stack on a value of some thousands of characters. */
    private static final Pattern TOKEN_HASH = Pattern.compile("(\"tokenHash\"\\s*:\\s*)\"(?:[^\"\\\\]++|\\\\.)*+\"");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\d.])");
    /**
     * Eight groups, or fewer around a {@code ::} (so a time such as 09:31:07 is not one); an IPv4 tail was already
     * replaced by then.
     */
    private static final Pattern IPV6 = Pattern.compile("(?<![\\w:])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}"
            + "(?![\\w:])|(?<![\\w:])(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?(?![\\w:])"
            + "|(?<![\\w:])::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?(?![\\w:])");

    private QuarantineRedaction() {
    }

    /** The body with token hashes and IP addresses replaced by {@value #HIDDEN}. */
    static String redact(String body) {
        if (body == null) {
            return null;
        }
        String redacted = TOKEN_HASH.matcher(body).replaceAll("$1\"" + HIDDEN + "\"");
        redacted = IPV4.matcher(redacted).replaceAll(HIDDEN);
        return IPV6.matcher(redacted).replaceAll(HIDDEN);
    }

    /** The message as a viewer may see it. */
    static QuarantinedMessage forViewer(QuarantinedMessage m) {
        return new QuarantinedMessage(m.id(), m.queueName(), m.reason(), redact(m.detail()), m.tenantId(),
                m.genesysOrgId(), m.topic(), redact(m.rawBody()), m.firstSeen(), m.lastSeen(), m.seenCount(),
                m.replayedAt());
    }
}
