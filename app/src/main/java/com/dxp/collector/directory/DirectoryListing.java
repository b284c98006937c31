package com.dxp.collector.directory;

import com.dxp.collector.conversation.RawConversations;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one page of a Genesys entity listing ({@code entities[]}, {@code pageCount}, ...) into a
 * {@link DirectoryPage} whose entities keep the exact text Genesys sent, so the store holds the original and not
 * a re-serialized copy. The body is parsed once as a whole (which checks it and gives the ids and page count);
 * the entities' text is then cut from the body's {@code entities} array by {@link RawConversations#split}.
 */
final class DirectoryListing {

    private static final String ENTITIES = "entities";

    private DirectoryListing() {
    }

    /**
     * The page in the body of a numbered listing. An empty page may omit {@code entities}; {@code pageCount} is
     * required, because a missing one would end the listing early and the removal step would then remove live
     * entities.
     *
     * @throws IllegalArgumentException when the body is not a listing; the message holds no content of the body
     */
    static DirectoryPage parse(String body) {
        JsonObject listing = read(body);
        int pageCount = pageCount(listing);
        return new DirectoryPage(entities(body, listing), pageCount);
    }

    /**
     * The page in the body of a cursor listing (work teams, team members): the next page's cursor is the
     * {@code after} of its {@code nextUri}, absent on the last page. A {@code nextUri} without one is refused rather
     * than taken for the end, for the same reason as a missing {@code pageCount}.
     *
     * @throws IllegalArgumentException when the body is not a listing; the message holds no content of the body
     */
    static DirectoryPage parseCursored(String body) {
        JsonObject listing = read(body);
        String next = null;
        if (listing.get("nextUri") instanceof JsonString uri && !uri.getString().isBlank()) {
            next = queryParameter(uri.getString(), "after");
            if (next == null || next.isEmpty()) {
                throw new IllegalArgumentException("the listing's nextUri has no after cursor");
            }
        }
        return new DirectoryPage(entities(body, listing), 0, next);
    }

    /** A query parameter of a URI reference, decoded; null when it has none. */
    static String queryParameter(String uri, String name) {
        int query = uri.indexOf('?');
        if (query < 0) {
            return null;
        }
        int fragment = uri.indexOf('#', query);
        String text = uri.substring(query + 1, fragment < 0 ? uri.length() : fragment);
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static List<DirectoryEntity> entities(String body, JsonObject listing) {
        JsonValue value = listing.getOrDefault(ENTITIES, JsonValue.NULL);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException("the listing's entities is not an array");
        }
        JsonArray entities = value.asJsonArray();
        List<String> ids = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            ids.add(id(entities.get(i), i));
        }
        List<String> raw = ids.isEmpty() ? List.of() : RawConversations.split(entitiesArray(body));
        if (raw.size() != ids.size()) {
            throw new IllegalArgumentException("the listing's entities could not be cut from the body (" + raw.size()
                    + " cut, " + ids.size() + " parsed)");
        }
        List<DirectoryEntity> page = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            page.add(new DirectoryEntity(ids.get(i), raw.get(i)));
        }
        return page;
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException("the listing is not well-formed JSON at offset "
                    + e.getLocation().getStreamOffset());
        } catch (RuntimeException e) {
            // JsonException, or Parsson's plain RuntimeException for a value nested over 1,000 deep
            throw new IllegalArgumentException("the listing is not a JSON object the collector reads");
        }
    }

    private static int pageCount(JsonObject listing) {
        JsonValue value = listing.get("pageCount");
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() >= 0
                && number.longValue() <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        throw new IllegalArgumentException("the listing has no pageCount");
    }

    private static String id(JsonValue entity, int index) {
        if (entity instanceof JsonObject object && object.get("id") instanceof JsonString id
                && !id.getString().isBlank()) {
            return id.getString();
        }
        throw new IllegalArgumentException("entity " + (index + 1) + " of the listing is not an object with an id");
    }

    /**
     * The text of the body's top-level {@code entities} array, brackets included. The body is already known to
     * be well-formed, so only string literals and nesting need tracking: a top-level string followed by a colon is
     * a key, and the array after the key {@code entities} runs until the nesting returns to the top level.
     */
    static String entitiesArray(String body) {
        int depth = 0;
        boolean afterEntitiesKey = false;
        int start = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                int end = closingQuote(body, i);
                if (depth == 1 && isKey(body, end + 1)) {
                    afterEntitiesKey = body.substring(i + 1, end).equals(ENTITIES);
                }
                i = end;
            } else if (c == '{' || c == '[') {
                if (depth == 1 && c == '[' && afterEntitiesKey) {
                    start = i;
                }
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 1 && start >= 0) {
                    return body.substring(start, i + 1);
                }
            }
        }
        throw new IllegalArgumentException("the listing has no top-level entities array");
    }

    private static int closingQuote(String body, int open) {
        for (int i = open + 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        throw new IllegalArgumentException("the listing ends inside a string");
    }

    private static boolean isKey(String body, int from) {
        for (int i = from; i < body.length(); i++) {
            if (!Character.isWhitespace(body.charAt(i))) {
                return body.charAt(i) == ':';
            }
        }
        return false;
    }
}
