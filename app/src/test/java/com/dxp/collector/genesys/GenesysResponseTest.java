package com.dxp.collector.genesys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenesysResponseTest {

    @Test
    void shouldReadABodyUpToTheCapWhole() {
        byte[] body = "{\"name\":\"Zoë 🎧\"}".getBytes(StandardCharsets.UTF_8);

        assertArrayEquals(body, GenesysResponse.bounded(new ByteArrayInputStream(body), body.length));
        assertEquals("{\"name\":\"Zoë 🎧\"}", new GenesysResponse(200, Map.of(), body).body());
    }

    @Test
    void shouldStopReadingABodyOverTheCap() {
        CountingStream endless = new CountingStream();

        GenesysUnavailableException e = assertThrows(GenesysUnavailableException.class,
                () -> GenesysResponse.bounded(endless, 1_000));

        assertEquals("body.too.large", e.errorCode());
        assertEquals(1_001, endless.read, "read one byte past the cap, no more");
    }

    /** An endless body of spaces that counts what was read. */
    private static final class CountingStream extends InputStream {
        private long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }
    }
}
