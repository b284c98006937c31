package com.dxp.collector.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.rest.TimeWindow;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConversationFilterTest {

    private static final TimeWindow DAY = new TimeWindow(Instant.parse("2026-05-13T00:00:00Z"),
            Instant.parse("2026-05-14T00:00:00Z"));
    private static final String USER = "3f7a5b16-2c0e-4b55-9d61-7a8c1e0f2b34";

    @Test
    void shouldNormalizeEventCasingAndIds() {
        ConversationFilter f = ConversationFilter.of(DAY, "VOICE", "INBOUND", USER.toUpperCase(), null, null, "3.5",
                "true");

        assertEquals(new ConversationFilter(DAY, "voice", "inbound", USER, null, null, 3.5, true), f);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "fax, null, null, null, null, mediaType",
        "null, sideways, null, null, null, direction",
        "null, null, not-a-uuid, null, null, userId",
        "null, null, null, 12, null, queueId",
        "null, null, null, null, 0.5, mosBelow",
        "null, null, null, null, 6, mosBelow",
        "null, null, null, null, NaN, mosBelow",
        "null, null, null, null, low, mosBelow"})
    void shouldRefuseValuesOutsideTheirDomainNamingTheParameter(String mediaType, String direction, String userId,
            String queueId, String mos, String named) {
        ProblemException e = assertThrows(ProblemException.class, () -> ConversationFilter.of(DAY, mediaType,
                direction, userId, queueId, null, mos, null));

        assertEquals(400, e.status());
        assertTrue(e.getMessage().startsWith(named), e.getMessage());
    }

    @Test
    void shouldRefuseAnIncompleteFlagThatIsNotABoolean() {
        assertEquals(400, assertThrows(ProblemException.class,
                () -> ConversationFilter.of(DAY, null, null, null, null, null, null, "yes")).status());
    }
}
