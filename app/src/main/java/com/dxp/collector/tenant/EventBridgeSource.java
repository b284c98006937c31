package com.dxp.collector.tenant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a tenant's Genesys "Amazon EventBridge Source" integration delivers events: the AWS account and region
 * of the partner event source, and the suffix its name ends with.
 *
 * @param awsAccountId      12 digits
 * @param awsRegion         for example {@code eu-central-1}
 * @param eventSourceSuffix the event source name suffix set in the Genesys integration
 */
@Schema(description = "Where a tenant's Genesys \"Amazon EventBridge Source\" integration delivers events: the AWS "
        + "account and region of the partner event source, and the suffix its name ends with.")
public record EventBridgeSource(
        @Schema(description = "12 digits", example = "123456789012")
        @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String awsAccountId,
        @Schema(description = "For example `eu-central-1`", example = "eu-central-1")
        @NotNull @Pattern(regexp = "[a-z]{2}(-[a-z]+)+-\\d{1,2}", message = "must be an AWS region such as eu-central-1")
        String awsRegion,
        @Schema(description = "The event source name suffix set in the Genesys integration", example = "acme-prod")
        @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1-64 of A-Z a-z 0-9 . _ -")
        String eventSourceSuffix) {
}
