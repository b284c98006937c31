package com.dxp.collector.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a Genesys response that holds many conversations (a details query page, a batch GET, an async job's results
 * page, or a plain JSON array of conversations) into the exact text of each conversation object, so each can be
 * stored byte for byte as it arrived. Re-serializing a parsed tree would reorder keys and reformat numbers; a small
 * scanner that only tracks strings and nesting keeps the original text and costs one pass over the body.
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
        Scanner in = new Scanner(body);
        in.skipSpace();
        char first = in.peek();
        List<String> out = new ArrayList<>();
        if (first == '[') {
            in.elements(out);
        } else if (first == '{') {
            in.topLevelObject(out);
        } else {
            throw new IllegalArgumentException("expected a JSON object or array at offset " + in.pos);
        }
        in.skipSpace();
        if (!in.atEnd()) {
            throw new IllegalArgumentException("unexpected text after the JSON value at offset " + in.pos);
        }
        return out;
    }

    /** Reads one JSON text by position; only as much JSON as is needed to find value boundaries. */
    private static final class Scanner {
        private final String s;
        private int pos;

        Scanner(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        char peek() {
            if (atEnd()) {
                throw new IllegalArgumentException("the JSON ends too early");
            }
            return s.charAt(pos);
        }

        void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at offset " + pos);
            }
            pos++;
        }

        void skipSpace() {
            while (!atEnd() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\n' || s.charAt(pos) == '\r'
                    || s.charAt(pos) == '\t')) {
                pos++;
            }
        }

        void topLevelObject(List<String> out) {
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
                if (key.equals(ARRAY_KEY) && peek() == '[') {
                    elements(out);
                } else {
                    value();
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
                    throw new IllegalArgumentException("expected a conversation object at offset " + pos);
                }
                value();
                out.add(s.substring(start, pos));
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
                string();
                return;
            }
            if (c == '{' || c == '[') {
                int depth = 0;
                do {
                    char d = peek();
                    if (d == '"') {
                        string();
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
            while (!atEnd() && ",}] \n\r\t".indexOf(s.charAt(pos)) < 0) {
                pos++;
            }
            if (pos == start) {
                throw new IllegalArgumentException("expected a JSON value at offset " + pos);
            }
        }

        /** Reads a string literal and returns its raw content (escapes left as they are). */
        String string() {
            expect('"');
            int start = pos;
            while (true) {
                char c = peek();
                if (c == '\\') {
                    pos += 2;
                } else if (c == '"') {
                    pos++;
                    return s.substring(start, pos - 1);
                } else {
                    pos++;
                }
            }
        }
    }
}
