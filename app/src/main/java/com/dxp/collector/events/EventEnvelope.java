package com.dxp.collector.events;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * One Genesys Cloud event as EventBridge delivered it into SQS, read from the message body.
 *
 * @param eventId    what keys de-duplication: Genesys's {@code detail.metadata.CorrelationId}, which SQS redeliveries
 *                   and Genesys's own retries (under a new EventBridge id) repeat; the EventBridge {@code id}
 *                   when there is none
 * @param orgId      the Genesys org id from {@code source} ({@code aws.partner/genesys.com/cloud/<org>/<suffix>})
 * @param sourceSuffix the event source suffix from {@code source}, which tells tenants sharing an org apart
 * @param account    the AWS account of the event bus ({@code account}), null when absent
 * @param region     the AWS region of the event bus ({@code region}), null when absent
 * @param time       EventBridge's {@code time} (seconds), the fallback for event bodies without a time
 * @param topic      the recognised topic and the id it carries
 * @param body       {@code detail.eventBody}
 */
public record EventEnvelope(String eventId, String orgId, String sourceSuffix, String account, String region,
        Instant time, EventTopic.Match topic, JsonObject body) {
}
