package com.dxp.collector.directory;

import java.util.Arrays;
import java.util.Locale;

/**
 * The listings a directory sync copies; one reader and one writer serve them all. Users and groups come with the
 * required permissions; the others only when the tenant granted their optional permission, which the app decides
 * when a sync starts ({@link DirectoryParts}).
 */
public enum DirectoryKind {
    USERS("users"),
    GROUPS("groups"),
    TEAMS("teams"),
    SKILLS("skills"),
    FLOWS("flows"),
    JOURNEY_SEGMENTS("journeySegments");

    private final String label;

    DirectoryKind(String label) {
        this.label = label;
    }

    /** Parses a step or partition property: the {@link #label()}, in any case. */
    public static DirectoryKind parse(String value) {
        String text = value == null ? "" : value.trim();
        return Arrays.stream(values()).filter(k -> k.label.equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("kind must be one of "
                        + Arrays.stream(values()).map(DirectoryKind::label).toList() + ", was '" + value + "'"));
    }

    /** The name used in job parameters, progress figures and the read API. */
    public String label() {
        return label;
    }

    /** Whether the kind has members (users) the memberships step copies: groups and teams. */
    public boolean hasMembers() {
        return this == GROUPS || this == TEAMS;
    }

    /** The figure counting entities of this kind marked removed, such as {@code removedUsers}. */
    public String removedFigure() {
        return "removed" + label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    /** The figure counting member lists of this kind replaced: {@code memberships} (groups), {@code teamMemberships}. */
    public String membershipsFigure() {
        return this == GROUPS ? "memberships" : label.substring(0, label.length() - 1) + "Memberships";
    }
}
