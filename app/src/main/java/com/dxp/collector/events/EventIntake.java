package com.dxp.collector.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns raw message bodies into events ready to store, or into rejected messages with the reason: reads the
 * envelope, routes it to its tenant and reads its body by topic. Nothing here writes; {@link EventIngestService}
 * stores the outcome of a whole batch in one transaction.
 */
@ApplicationScoped
public class EventIntake {

    @Inject
    TenantRouter router;

    @Inject
    EventsConfig config;

    Clock clock = Clock.systemUTC();

    private volatile EventEnvelopeReader reader;

    /** Sorts a batch of bodies received from one queue. */
    public Sorted sort(String queueName, List<String> bodies) {
        Instant now = clock.instant();
        List<RoutedEvent> events = new ArrayList<>();
        List<RejectedMessage> rejected = new ArrayList<>();
        for (String body : bodies) {
            EventEnvelope envelope = null;
            UUID tenant = null;
            try {
                envelope = reader().read(body);
                tenant = router.route(envelope);
                events.add(new RoutedEvent(tenant, envelope, payload(envelope, now)));
            } catch (UnusableMessageException e) {
                rejected.add(new RejectedMessage(queueName, body == null ? "" : body, e.reason(), e.getMessage(),
                        tenant, envelope == null ? null : envelope.orgId(),
                        envelope == null ? null : envelope.topic().topic().name()));
            }
        }
        return new Sorted(events, rejected);
    }

    private static Object payload(EventEnvelope e, Instant now) throws UnusableMessageException {
        return switch (e.topic().topic()) {
            case CUSTOMER_END -> new RoutedEvent.ConversationEnded(EventBodies.customerEnd(e));
            case USER_TOKENS -> EventBodies.userSession(e, now);
            case OPERATIONAL -> new RoutedEvent.RawOperationalEvent(EventBodies.operationalEvent(e, now),
                    e.body().toString());
        };
    }

    private EventEnvelopeReader reader() {
        EventEnvelopeReader r = reader;
        if (r == null) {
            r = new EventEnvelopeReader(config.maxBodyChars());
            reader = r;
        }
        return r;
    }

    /** A batch sorted into events to store and messages to quarantine. */
    public record Sorted(List<RoutedEvent> events, List<RejectedMessage> rejected) {
    }
}
