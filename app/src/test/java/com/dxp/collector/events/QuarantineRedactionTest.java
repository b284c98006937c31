package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuarantineRedactionTest {

    @Test
    void shouldHideTokenHashesAndAddressesOfATokenEventAndKeepTheRest() {
        String body = "{\"topicName\":\"v2.users.u1.tokens\",\"eventBody\":{\"tokenHash\":\"ab\\\"cd==\","
                + "\"ipAddress\":\"203.0.113.9\",\"forwarded\":\"2001:db8::7, 10.0.0.1\",\"version\":\"2.1.3\","
                + "\"sessionId\":\"5e5e5e5e-1234-4abc-9def-0a0b0c0d0e0f\",\"time\":\"09:31:07\"}}";

        assertEquals("{\"topicName\":\"v2.users.u1.tokens\",\"eventBody\":{\"tokenHash\":\"(redacted)\","
                + "\"ipAddress\":\"(redacted)\",\"forwarded\":\"(redacted), (redacted)\",\"version\":\"2.1.3\","
                + "\"sessionId\":\"5e5e5e5e-1234-4abc-9def-0a0b0c0d0e0f\",\"time\":\"09:31:07\"}}",
                QuarantineRedaction.redact(body));
    }

    /** A wild token hash of 200,000 characters, escapes included, is hidden whole (a backtracking pattern overflowed). */
    @Test
    void shouldHideATokenHashOfAnyLength() {
        String hash = "ab\\\"c".repeat(40_000);
        String body = "{\"eventBody\":{\"tokenHash\":\"" + hash + "\",\"userId\":\"u1\"}}";

        assertEquals("{\"eventBody\":{\"tokenHash\":\"(redacted)\",\"userId\":\"u1\"}}",
                QuarantineRedaction.redact(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"::1", "fe80::1ff:fe23:4567:890a", "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
        "192.168.0.1", "::ffff:192.0.2.128"})
    void shouldHideAnAddressEvenInABodyThatIsNoJson(String address) {
        String redacted = QuarantineRedaction.redact("not json: " + address + " at 12:00");

        assertFalse(redacted.contains(address), redacted);
        assertEquals("not json: ", redacted.substring(0, 10));
    }
}
