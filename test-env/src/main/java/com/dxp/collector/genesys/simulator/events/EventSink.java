package com.dxp.collector.genesys.simulator.events;

import java.util.List;

/**
 * Where {@link LiveEventStream} delivers events: the {@link EventBridgePublisher} in the simulator, a list in
 * tests of the stream's timing.
 */
@FunctionalInterface
public interface EventSink {

    /**
     * Delivers the events, in order.
     *
     * @throws EventPublishException when some could not be delivered
     */
    void publish(List<GenesysEvent> events);
}
