package com.dxp.collector.genesys.simulator.events;

import java.util.List;

/** SQS refused some messages of a batch; lists why, per message. */
public class EventPublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> failures;

    public EventPublishException(String message, List<String> failures) {
        super(message + ": " + failures);
        this.failures = List.copyOf(failures);
    }

    public List<String> failures() {
        return failures;
    }
}
