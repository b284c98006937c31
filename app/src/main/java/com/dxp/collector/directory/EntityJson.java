package com.dxp.collector.directory;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the few fields the directory tables keep out of an entity's JSON. Lenient about fields (a missing or
 * differently typed field is simply absent: Genesys adds and omits fields freely) but strict about the entity
 * being a JSON object, because its raw text is stored as the record of what Genesys sent.
 */
final class EntityJson {

    private final JsonObject object;

    private EntityJson(JsonObject object) {
        this.object = object;
    }

    /**
     * @throws IllegalArgumentException naming the entity when its id is unusable or its JSON is not an object
     */
    static EntityJson of(DirectoryEntity entity) {
        String id = entity.id();
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a directory entity has no id");
        }
        if (id.length() > DirectoryTable.ID_LENGTH) {
            throw new IllegalArgumentException("directory entity id " + id.substring(0, DirectoryTable.ID_LENGTH)
                    + "... is longer than " + DirectoryTable.ID_LENGTH + " characters");
        }
        try (JsonReader reader = Json.createReader(new StringReader(entity.rawJson() == null ? ""
                : entity.rawJson()))) {
            return new EntityJson(reader.readObject());
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException("directory entity " + id + " is not well-formed JSON at offset "
                    + e.getLocation().getStreamOffset());
        } catch (RuntimeException e) {
            // JsonException, or Parsson's plain RuntimeException for a value nested over 1,000 deep
            throw new IllegalArgumentException("directory entity " + id + " is not a JSON object the collector reads");
        }
    }

    /** A string field, or null. */
    String text(String field) {
        return object.get(field) instanceof JsonString s ? s.getString() : null;
    }

    /** The {@code id} of an object field such as {@code division} or {@code manager}, or null. */
    String idOf(String field) {
        return object.get(field) instanceof JsonObject o && o.get("id") instanceof JsonString s ? s.getString()
                : null;
    }

    /** An integral number field, or null. */
    Long number(String field) {
        JsonValue value = object.get(field);
        if (value instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return null;
    }

    /** A boolean field, or null. */
    Boolean bool(String field) {
        JsonValue value = object.get(field);
        return value == JsonValue.TRUE ? Boolean.TRUE : value == JsonValue.FALSE ? Boolean.FALSE : null;
    }

    /** A number field as a double, or null; also null when it is too large for a double to hold. */
    Double decimal(String field) {
        if (object.get(field) instanceof JsonNumber n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        return null;
    }

    /** Whether the entity has the field at all (with any value, null included). */
    boolean has(String field) {
        return object.containsKey(field);
    }

    /** The objects of an array field, each readable like an entity; the array's other values are passed over. */
    List<EntityJson> objects(String field) {
        if (!(object.get(field) instanceof JsonArray array)) {
            return List.of();
        }
        List<EntityJson> objects = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            if (value instanceof JsonObject o) {
                objects.add(new EntityJson(o));
            }
        }
        return objects;
    }
}
