package com.dxp.collector.conversation;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a Genesys response that holds many conversations (a details query page, a batch GET, an async job's results
 * page, or a plain JSON array of conversations) into the exact text of each conversation object, so each can be
 * stored byte for byte as it arrived. Re-serializing a parsed tree would reorder keys and reformat numbers; a small
 * scanner that only tracks strings and nesting keeps the original text and costs one pass over the body. The same
 * pass keeps the page's own scalar fields ({@code totalHits}, {@code cursor}), so a page of a thousand records is
 * not read a second time for them. It scans the body's UTF-8 bytes (every byte JSON's structure is made of is ASCII,
 * and no byte of a multi-byte character is) and decodes each record on its own: a page is never decoded whole.
 */
public final class RawConversations {

    private static final String ARRAY_KEY = "conversations";

    private RawConversations() {
    }

    /**
     * The raw text of every element of the top-level {@code conversations} array (or of the top-level array).
     * An object without that array holds no conversations (an empty page omits it).
     *
     * @throws IllegalArgumentException when the body is not well-formed enough to find the elements
     */
    public static List<String> split(String body) {
        return page(body).conversations();
    }

    /** {@link #split(String)} of a body given as its UTF-8 bytes. */
    public static List<String> split(byte[] body) {
        return page(body).conversations();
    }

    /**
     * A page of conversations: the raw text of each (as {@link #split}) and the page's top-level fields that are
     * strings (unescaped) or numbers (as written); fields of other types are not kept.
     *
     * @param conversations the raw text of each conversation, in page order
     * @param fields        top-level string and number fields by name (none for a top-level array)
     */
    public record Page(List<String> conversations, Map<String, String> fields) {
    }

    /**
     * Reads a page in one pass: its conversations as {@link #split} does, and its scalar top-level fields.
     *
     * @throws IllegalArgumentException when the body is not well-formed enough to find the elements
     */
    public static Page page(String body) {
        return page(body.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #page(String)} of a body given as its UTF-8 bytes. */
    public static Page page(byte[] body) {
        Scanner in = new Scanner(body);
        in.skipSpace();
        char first = in.peek();
        List<String> out = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        if (first == '[') {
            in.elements(out);
        } else if (first == '{') {
            in.topLevelObject(out, fields);
        } else {
            throw new IllegalArgumentException("expected a JSON object or array at byte " + in.pos);
        }
        in.skipSpace();
        if (!in.atEnd()) {
            throw new IllegalArgumentException("unexpected text after the JSON value at byte " + in.pos);
        }
        return new Page(out, fields);
    }

    /** The value of a string literal's raw content: escapes are rare in page fields, so only then is JSON read. */
    private static String unescaped(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        try (JsonReader reader = Json.createReader(new StringReader("\"" + raw + "\""))) {
            return ((JsonString) reader.readValue()).getString();
        } catch (JsonException | ClassCastException e) {
            throw new IllegalArgumentException("a malformed string in the page: " + e.getMessage(), e);
        }
    }

    /** Reads one JSON text (its UTF-8 bytes) by position; only as much JSON as is needed to find value boundaries. */
    private static final class Scanner {
        private final byte[] s;
        private int pos;

        Scanner(byte[] s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos >= s.length;
        }

        char peek() {
            if (atEnd()) {
                throw new IllegalArgumentException("the JSON ends too early");
            }
            return (char) (s[pos] & 0xff);
        }

        void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at byte " + pos);
            }
            pos++;
        }

        void skipSpace() {
            while (!atEnd() && (s[pos] == ' ' || s[pos] == '\n' || s[pos] == '\r' || s[pos] == '\t')) {
                pos++;
            }
        }

        void topLevelObject(List<String> out, Map<String, String> fields) {
            expect('{');
            skipSpace();
            if (peek() == '}') {
                pos++;
                return;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                skipSpace();
                char c = peek();
                if (key.equals(ARRAY_KEY) && c == '[') {
                    elements(out);
                } else if (c == '"') {
                    fields.put(key, unescaped(string()));
                } else {
                    int start = pos;
                    value();
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        fields.put(key, text(start, pos));
                    }
                }
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect('}');
                    return;
                }
            }
        }

        void elements(List<String> out) {
            expect('[');
            skipSpace();
            if (peek() == ']') {
                pos++;
                return;
            }
            while (true) {
                skipSpace();
                int start = pos;
                if (peek() != '{') {
                    throw new IllegalArgumentException("expected a conversation object at byte " + pos);
                }
                value();
                out.add(text(start, pos));
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect(']');
                    return;
                }
            }
        }

        /** Skips one value of any kind. */
        void value() {
            char c = peek();
            if (c == '"') {
                skipString();
                return;
            }
            if (c == '{' || c == '[') {
                int depth = 0;
                int n = s.length;
                do {
                    if (pos >= n) {
                        throw new IllegalArgumentException("the JSON ends too early");
                    }
                    byte d = s[pos];
                    if (d == '"') {
                        skipString();
                        continue;
                    }
                    if (d == '{' || d == '[') {
                        depth++;
                    } else if (d == '}' || d == ']') {
                        depth--;
                    }
                    pos++;
                } while (depth > 0);
                return;
            }
            int start = pos;
            while (!atEnd() && ",}] \n\r\t".indexOf(s[pos]) < 0) {
                pos++;
            }
            if (pos == start) {
                throw new IllegalArgumentException("expected a JSON value at byte " + pos);
            }
        }

        /** Reads a string literal and returns its raw content (escapes left as they are). */
        String string() {
            int start = pos + 1;
            skipString();
            return text(start, pos - 1);
        }

        /** Moves past a string literal: to the next quote that an even number of backslashes precedes. */
        void skipString() {
            expect('"');
            int n = s.length;
            for (int i = pos; i < n; i++) {
                if (s[i] != '"') {
                    continue;
                }
                int backslashes = 0;
                for (int b = i - 1; b >= pos && s[b] == '\\'; b--) {
                    backslashes++;
                }
                if (backslashes % 2 == 0) {
                    pos = i + 1;
                    return;
                }
            }
            throw new IllegalArgumentException("the JSON ends too early");
        }

        private String text(int from, int to) {
            return new String(s, from, to - from, StandardCharsets.UTF_8);
        }
    }
}
