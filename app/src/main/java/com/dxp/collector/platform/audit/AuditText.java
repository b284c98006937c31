package com.dxp.collector.platform.audit;

/**
 * Text from a request made fit for the audit trail: control characters (a forged line break, a NUL) become
 * spaces and it is cut to a length the columns hold, so what a caller typed can neither break a log reader nor
 * fail the audit write.
 */
final class AuditText {

    static final int MAX = 500;

    private AuditText() {
    }

    static String bounded(String text) {
        return bounded(text, MAX);
    }

    static String bounded(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && clean.length() < max; i++) {
            char c = text.charAt(i);
            clean.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (text.length() > max && Character.isHighSurrogate(clean.charAt(clean.length() - 1))) {
            clean.setLength(clean.length() - 1);
        }
        return clean.toString();
    }
}
