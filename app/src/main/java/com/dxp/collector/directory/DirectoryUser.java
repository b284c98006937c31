package com.dxp.collector.directory;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Genesys Cloud user as the directory holds it.
 *
 * @param state     active, inactive or deleted, as Genesys reports it
 * @param removedAt when a full sync stopped finding the user; absent while it is still there
 */
@Schema(description = "A Genesys Cloud user as the directory holds it.")
public record DirectoryUser(
        @Schema(description = "The Genesys user id", example = "e3b1c5d7-9f2a-4e6b-8c0d-1a3b5c7d9e2f") String userId,
        @Schema(description = "Display name", example = "Anna Schmidt") String name,
        @Schema(description = "Email address", example = "anna.schmidt@example.com") String email,
        @Schema(description = "Login name", example = "anna.schmidt@example.com") String username,
        @Schema(description = "Active, inactive or deleted, as Genesys reports it", example = "active") String state,
        @Schema(description = "Job title", example = "Customer Service Agent") String title,
        @Schema(description = "Department", example = "Customer Service") String department,
        @Schema(description = "The user's division", example = "d7e8f9a0-1b2c-4d3e-9f4a-5b6c7d8e9f01")
        String divisionId,
        @Schema(description = "The manager's user id", example = "7a9c1e3b-5d7f-4b2a-9e4c-6d8f0a2b4c6e")
        String managerId,
        @Schema(description = "When a sync first stored the user", example = "2026-11-20T03:00:41.337Z")
        Instant firstSeen,
        @Schema(description = "When a sync last saw the user", example = "2026-11-30T03:00:38.905Z") Instant lastSynced,
        @Schema(description = "When a full sync stopped finding the user; absent while it is still there",
                example = "2026-12-01T03:01:12.908Z")
        Instant removedAt,
        @Schema(description = "The user's routing skills as the last sync stored them; synced only while the tenant"
                + " grants `routing:skill:view` (empty otherwise)")
        List<UserSkill> skills) {

    /** The same user with its skills. */
    DirectoryUser withSkills(List<UserSkill> userSkills) {
        return new DirectoryUser(userId, name, email, username, state, title, department, divisionId, managerId,
                firstSeen, lastSynced, removedAt, userSkills);
    }
}
