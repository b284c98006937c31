package com.dxp.collector.directory;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which listings a sync copies, decided by the app when the sync starts (the optional kinds only with their
 * permission granted at the tenant's last verification) and passed as the job parameter {@code parts}. A restart
 * keeps its parameters, so every execution of a sync reads, and the removal step marks, the same kinds: a kind the
 * sync did not read is never taken for removed.
 */
public final class DirectoryParts {

    /** What a sync started before the parameter existed copied. */
    static final Set<DirectoryKind> BEFORE_PARTS = EnumSet.of(DirectoryKind.USERS, DirectoryKind.GROUPS);

    private DirectoryParts() {
    }

    /** Parses {@code users,groups,teams...}; absent or blank is users and groups. */
    public static Set<DirectoryKind> parse(String parts) {
        if (parts == null || parts.isBlank()) {
            return EnumSet.copyOf(BEFORE_PARTS);
        }
        EnumSet<DirectoryKind> kinds = EnumSet.noneOf(DirectoryKind.class);
        for (String part : parts.split(",")) {
            if (!part.isBlank()) {
                kinds.add(DirectoryKind.parse(part));
            }
        }
        return kinds;
    }

    /** The job parameter for {@code kinds}. */
    public static String format(Set<DirectoryKind> kinds) {
        return kinds.stream().map(DirectoryKind::label).collect(Collectors.joining(","));
    }
}
