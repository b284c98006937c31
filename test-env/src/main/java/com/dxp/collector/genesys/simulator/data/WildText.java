package com.dxp.collector.genesys.simulator.data;

/**
 * The strings of wild data: very long ones, and ones with control characters, unpaired surrogates or astral
 * characters inside. Shared by wild conversations, directories and events so that every part of a wild org
 * hurts the collector in the same ways; each transformation keeps the original text readable within.
 */
public final class WildText {

    /** The longest string a wild org writes. */
    public static final int LONGEST = 10_000;
    /** NUL, {@code U+0001}, {@code U+001F} and DEL. */
    public static final String CONTROL_CHARACTERS = "\u0000\u0001\u001f\u007f";
    /** A high surrogate, which a wild string holds without its low half. */
    public static final String HIGH_SURROGATE = "\ud800";
    /** A low surrogate, which a wild string holds without its high half. */
    public static final String LOW_SURROGATE = "\udfff";
    /** U+1F600 (grinning face) and U+1D11E (G clef), each a valid surrogate pair. */
    public static final String ASTRAL_CHARACTERS = "\ud83d\ude00\ud834\udd1e";

    private WildText() {
    }

    /**
     * {@code base} repeated, separated by spaces, to exactly {@code length} characters; a surrogate pair cut in
     * two at the end is replaced by a full stop, so the result has no unpaired surrogate of its own.
     */
    public static String lengthened(String base, int length) {
        String unit = base.isEmpty() ? "x" : base;
        StringBuilder text = new StringBuilder(length + unit.length() + 1).append(unit);
        while (text.length() < length) {
            text.append(' ').append(unit);
        }
        text.setLength(length);
        if (length > 0 && Character.isHighSurrogate(text.charAt(length - 1))) {
            text.setCharAt(length - 1, '.');
        }
        return text.toString();
    }

    /** {@code base} with NUL after its first character and {@code U+0001}, {@code U+001F} and DEL at its end. */
    public static String withControlCharacters(String base) {
        int at = safeIndex(base, Math.min(1, base.length()));
        return base.substring(0, at) + CONTROL_CHARACTERS.charAt(0) + base.substring(at)
                + CONTROL_CHARACTERS.substring(1);
    }

    /** {@code base} with a lone high surrogate in its middle and a lone low one at its end. */
    public static String withUnpairedSurrogates(String base) {
        int at = safeIndex(base, base.length() / 2);
        return base.substring(0, at) + HIGH_SURROGATE + " " + base.substring(at) + " " + LOW_SURROGATE;
    }

    /** {@code base} between a grinning face and a G clef. */
    public static String withAstralCharacters(String base) {
        return ASTRAL_CHARACTERS.substring(0, 2) + " " + base + " " + ASTRAL_CHARACTERS.substring(2);
    }

    /** {@code index}, moved past a low surrogate so that inserting there splits no pair. */
    private static int safeIndex(String text, int index) {
        return index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index + 1 : index;
    }
}
