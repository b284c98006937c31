package com.dxp.collector.events;

import com.dxp.collector.platform.cluster.ServerActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** This server's receive loops in its heartbeat: every server receives from the shared queues (competing consumers). */
@ApplicationScoped
public class ReceiveLoopsActivity implements ServerActivity {

    /** One queue's loops on this server. */
    public record QueueLoops(String queue, String state, int loops, long received) {
    }

    @Inject
    EventPollers pollers;

    @Override
    public String name() {
        return "receiveLoops";
    }

    @Override
    public List<QueueLoops> now() {
        // the poller's own figures: a heartbeat must not wait for SQS
        return pollers.loops();
    }
}
