package com.dxp.collector.backfill;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads a few scalar top-level fields of an analytics page ({@code totalHits}, {@code cursor}) by streaming past
 * its {@code conversations} array instead of building a tree of a page of up to a thousand records.
 */
final class PageFields {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private PageFields() {
    }

    /**
     * The text of each named top-level field that is a string or a number; fields of other types read as absent.
     *
     * @throws IllegalArgumentException when the body is not a JSON object
     */
    static Map<String, String> read(String body, Set<String> names) {
        Map<String, String> out = new HashMap<>();
        try (JsonParser p = PARSERS.createParser(new StringReader(body))) {
            if (p.next() != Event.START_OBJECT) {
                throw new IllegalArgumentException("the page is not a JSON object");
            }
            for (Event e = p.next(); e == Event.KEY_NAME; e = p.next()) {
                String name = p.getString();
                Event value = p.next();
                switch (value) {
                    case START_ARRAY -> p.skipArray();
                    case START_OBJECT -> p.skipObject();
                    case VALUE_STRING, VALUE_NUMBER -> {
                        if (names.contains(name)) {
                            out.put(name, p.getString());
                        }
                    }
                    default -> {
                        // true, false, null: nothing we read
                    }
                }
            }
            return out;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new IllegalArgumentException("the page is not well-formed JSON: " + e.getMessage(), e);
        }
    }
}
