package com.dxp.collector.genesys.simulator;

import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Objects;

/**
 * Sits under a JSON-P generator and escapes what Parsson writes raw: DEL and the C1 control characters
 * ({@code U+007F} to {@code U+009F}) and unpaired surrogates become <code>&#92;uXXXX</code> escapes, so a wild org's
 * strings survive UTF-8 (a lone surrogate cannot be encoded) and every control character reaches the client
 * escaped. Outside strings JSON text never holds these characters, so escaping them wherever they appear is safe;
 * text without them passes through unchanged, byte for byte.
 */
public final class EscapingJsonWriter extends Writer {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Writer out;
    /** A high surrogate at the end of the last write, waiting to see whether a low one follows; 0 if none. */
    private char pendingHigh;

    public EscapingJsonWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** {@code value} as compact JSON text, escaped as above. */
    public static String toJson(JsonValue value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(new EscapingJsonWriter(text))) {
            generator.write(value);
        }
        return text.toString();
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int end = offset + length;
        int from = offset;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    out.write(high);
                    continue;
                }
                escape(high);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                    continue;
                }
                out.write(chars, from, i - from);
                from = i + 1;
                if (i + 1 < end) {
                    escape(c);
                } else {
                    pendingHigh = c;
                }
            } else if (Character.isLowSurrogate(c) || (c >= 0x7f && c <= 0x9f)) {
                out.write(chars, from, i - from);
                from = i + 1;
                escape(c);
            }
        }
        out.write(chars, from, end - from);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            escape(pendingHigh);
            pendingHigh = 0;
        }
        out.close();
    }

    private void escape(char c) throws IOException {
        out.write(new char[] {'\\', 'u', HEX[c >> 12], HEX[(c >> 8) & 0xf], HEX[(c >> 4) & 0xf], HEX[c & 0xf]});
    }
}
