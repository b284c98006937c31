package com.dxp.collector.directory;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Genesys Cloud user as the directory holds it.
 *
 * @param state     active, inactive or deleted, as Genesys reports it
 * @param removedAt when a full sync stopped finding the user; absent while it is still there
 */
@Schema(description = "A Genesys Cloud user as the directory holds it.")
public record DirectoryUser(
        @Schema(description = "The Genesys user id") String userId,
        @Schema(description = "Display name") String name,
        @Schema(description = "Email address") String email,
        @Schema(description = "Login name") String username,
        @Schema(description = "Active, inactive or deleted, as Genesys reports it") String state,
        @Schema(description = "Job title") String title,
        @Schema(description = "Department") String department,
        @Schema(description = "The user's division") String divisionId,
        @Schema(description = "The manager's user id") String managerId,
        @Schema(description = "When a sync first stored the user") Instant firstSeen,
        @Schema(description = "When a sync last saw the user") Instant lastSynced,
        @Schema(description = "When a full sync stopped finding the user; absent while it is still there")
        Instant removedAt) {
}
