package com.dxp.collector.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

    @Test
    void shouldPassABodyUpToTheLimitWhole() throws IOException {
        InputStream body = new RequestBodyLimit.Bounded(new ByteArrayInputStream(new byte[1000]), 1000);

        assertEquals(1000, body.readAllBytes().length);
    }

    @Test
    void shouldRefuseTheFirstByteTooManyHoweverItIsRead() {
        ProblemException bulk = assertThrows(ProblemException.class, () -> new RequestBodyLimit.Bounded(
                new ByteArrayInputStream(new byte[1001]), 1000).readAllBytes());
        ProblemException single = assertThrows(ProblemException.class, () -> {
            InputStream in = new RequestBodyLimit.Bounded(new ByteArrayInputStream(new byte[1001]), 1000);
            while (in.read() >= 0) {
                // byte by byte, as a streaming parser might
            }
        });

        assertEquals(413, bulk.status());
        assertEquals(413, single.status());
    }
}
