package com.dxp.collector.genesys.simulator.events;

import com.dxp.collector.genesys.simulator.SimConversation;
import jakarta.json.stream.JsonGenerator;
import java.time.Instant;
import java.util.Set;

/** A hand-made conversation: the events side reads only its accessors. */
record StubConversation(String conversationId, Instant start, Instant customerEnd, Instant end, Instant completedAt,
                        String mediaType, String direction, Set<String> userIds, Set<String> queueIds,
                        Set<String> divisionIds, String customerParticipantId, String customerSessionId, String ani,
                        String dnis) implements SimConversation {

    static StubConversation voice(String id, Instant start, Instant customerEnd) {
        return new StubConversation(id, start, customerEnd, customerEnd.plusSeconds(30), customerEnd.plusSeconds(150),
                "voice", "inbound", Set.of("5e400000-aaaa-4bbb-8ccc-dddddddddddd"),
                Set.of("9e000000-1111-4222-8333-444444444444"), Set.of("d1d1d1d1-0000-4000-8000-000000000001"),
                "aa11bb22-cc33-4d44-8e55-ff6677889900", "5e5e5e5e-1234-4abc-9def-0a0b0c0d0e0f",
                "tel:+4930123456", "tel:+4989987654");
    }

    StubConversation with(String media, String direction, String ani, String dnis) {
        return new StubConversation(conversationId, start, customerEnd, end, completedAt, media, direction, userIds,
                queueIds, divisionIds, customerParticipantId, customerSessionId, ani, dnis);
    }

    @Override
    public void writeJson(JsonGenerator out, Instant asOf, boolean withAttributes) {
        out.writeStartObject().write("conversationId", conversationId).write("conversationStart", start.toString())
                .writeEnd();
    }
}
