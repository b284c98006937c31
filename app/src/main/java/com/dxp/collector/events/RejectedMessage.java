package com.dxp.collector.events;

import java.util.UUID;

/**
 * A message on its way to quarantine: its raw body and why, with what could be read of it.
 *
 * @param tenantId     the tenant, when routing found one (a disabled tenant's events)
 * @param genesysOrgId the org id from the envelope's source, when it could be read
 * @param topic        the topic name, when it could be read
 */
public record RejectedMessage(String queueName, String rawBody, QuarantineReason reason, String detail,
        UUID tenantId, String genesysOrgId, String topic) {
}
