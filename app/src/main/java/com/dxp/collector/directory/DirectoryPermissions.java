package com.dxp.collector.directory;

import com.dxp.collector.genesys.GenesysPermission;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which directory kinds a tenant's granted permissions allow a sync to copy: users and groups always (their
 * permissions are required), each optional kind only with its own permission. Users' skills come with the users
 * listing when {@code routing:skill:view} is granted.
 */
final class DirectoryPermissions {

    private static final Map<DirectoryKind, GenesysPermission> OPTIONAL = Map.of(
            DirectoryKind.TEAMS, GenesysPermission.TEAM_VIEW,
            DirectoryKind.SKILLS, GenesysPermission.SKILL_VIEW,
            DirectoryKind.FLOWS, GenesysPermission.FLOW_VIEW,
            DirectoryKind.JOURNEY_SEGMENTS, GenesysPermission.SEGMENT_VIEW);

    private DirectoryPermissions() {
    }

    /** The optional permission a kind needs; empty for users and groups. */
    static Optional<GenesysPermission> needed(DirectoryKind kind) {
        return Optional.ofNullable(OPTIONAL.get(kind));
    }

    /** The kinds the granted permissions allow. */
    static Set<DirectoryKind> parts(Set<String> granted) {
        EnumSet<DirectoryKind> parts = EnumSet.noneOf(DirectoryKind.class);
        for (DirectoryKind kind : DirectoryKind.values()) {
            if (needed(kind).map(p -> granted.contains(p.permission())).orElse(true)) {
                parts.add(kind);
            }
        }
        return parts;
    }

    /** For each kind left out, what would enable it: {@code teams → groups:team:view not granted ...}. */
    static Map<String, String> leftOut(Set<DirectoryKind> parts) {
        Map<String, String> leftOut = new LinkedHashMap<>();
        for (DirectoryKind kind : DirectoryKind.values()) {
            if (!parts.contains(kind)) {
                needed(kind).ifPresent(p -> leftOut.put(kind.label(), p.permission()
                        + " was not granted at the tenant's last verification; grant it and verify the tenant"
                        + " again to sync " + kind.label()));
            }
        }
        return leftOut;
    }

    /** Whether the users listing asks for each user's skills. */
    static boolean withUserSkills(Set<String> granted) {
        return granted.contains(GenesysPermission.SKILL_VIEW.permission());
    }
}
