package com.dxp.collector.genesys.simulator.events;

/**
 * The URLs of a queue created by {@link LocalSqs} and of its dead-letter queue.
 *
 * @param queueUrl           where the publisher sends and the collector receives
 * @param deadLetterQueueUrl where messages go after too many receives without delete
 */
public record SqsQueues(String queueUrl, String deadLetterQueueUrl) {
}
