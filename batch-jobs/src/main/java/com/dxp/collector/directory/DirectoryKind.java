package com.dxp.collector.directory;

import java.util.Locale;

/** The two listings the chunk steps copy; one reader and one writer serve both. */
public enum DirectoryKind {
    USERS, GROUPS;

    /** Parses the step property {@code kind} ({@code users} or {@code groups}). */
    public static DirectoryKind parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("kind must be users or groups, was '" + value + "'", e);
        }
    }

    /** The name used in progress reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
