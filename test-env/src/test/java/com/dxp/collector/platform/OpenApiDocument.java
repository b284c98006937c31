package com.dxp.collector.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An OpenAPI document read for its completeness: each rule the API's manual must satisfy is a method listing its
 * offenders by name ({@code POST /api/admin/tenants: no summary}), so a failing test says what to fix. References
 * ({@code $ref}) to components are followed.
 */
final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String PROBLEM = "application/problem+json";
    /** How Liberty writes the items of a list of a generic type's parameter (the raw {@code RunPage}'s runs). */
    private static final JsonObject UNCONSTRAINED_OBJECT = Json.createObjectBuilder().add("type", "object").build();
    /** Names of string parameters that are instants (besides those ending in {@code At}). */
    private static final Set<String> TIME_NAMES = Set.of("from", "to", "since", "until", "before", "after");
    /** Two values in backticks in a list: {@code `A`, `B`} or {@code `A` or `B`}. */
    private static final Pattern VALUE_LIST = Pattern.compile("`[^`]+`(,\\s*|,?\\s+or\\s+)`[^`]+`");

    private final JsonObject document;

    private OpenApiDocument(JsonObject document) {
        this.document = document;
    }

    static OpenApiDocument parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return new OpenApiDocument(reader.readObject());
        }
    }

    /** One operation: its path, method and object. */
    record Operation(String path, String method, JsonObject body) {
        @Override
        public String toString() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        }
    }

    List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : object(document, "paths").entrySet()) {
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                if (METHODS.contains(op.getKey())) {
                    out.add(new Operation(path.getKey(), op.getKey(), op.getValue().asJsonObject()));
                }
            }
        }
        return out;
    }

    Operation operation(String method, String path) {
        return operations().stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + method + " " + path));
    }

    /** Operations without a summary, a description, or exactly one tag of {@code tags}. */
    List<String> operationsUndescribed(Set<String> tags) {
        List<String> out = new ArrayList<>();
        for (Operation op : operations()) {
            if (text(op.body(), "summary").isBlank()) {
                out.add(op + ": no summary");
            }
            if (text(op.body(), "description").isBlank()) {
                out.add(op + ": no description");
            }
            List<String> opTags = op.body().containsKey("tags")
                    ? op.body().getJsonArray("tags").getValuesAs(JsonString::getString) : List.of();
            if (opTags.size() != 1 || !tags.contains(opTags.get(0))) {
                out.add(op + ": tags " + opTags + " instead of one of " + tags);
            }
        }
        return out;
    }

    /** One parameter of an operation, its {@code $ref} followed. */
    private record Parameter(Operation op, JsonObject body) {
        String name() {
            return text(body, "name");
        }

        @Override
        public String toString() {
            return op + " parameter " + name();
        }
    }

    private List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        for (Operation op : operations()) {
            if (op.body().containsKey("parameters")) {
                for (JsonValue value : op.body().getJsonArray("parameters")) {
                    out.add(new Parameter(op, resolve(value.asJsonObject())));
                }
            }
        }
        return out;
    }

    /** Parameters (path, query, header) without a description or a schema. */
    List<String> parametersUndescribed() {
        List<String> out = new ArrayList<>();
        for (Parameter parameter : parameters()) {
            if (text(parameter.body(), "description").isBlank()) {
                out.add(parameter + ": no description");
            }
            if (object(parameter.body(), "schema").isEmpty()) {
                out.add(parameter + ": no schema");
            }
        }
        return out;
    }

    /**
     * Parameters whose schema (a {@code $ref} followed) has no {@code type}, and string parameters that say less than
     * they are: an id (named {@code id} or ending in {@code Id}) without {@code format: uuid}; an instant (named
     * {@code from}, {@code to}, {@code since}, {@code until}, {@code before}, {@code after} or ending in {@code At}, or
     * described as an instant) without {@code format: date-time}; an enumeration (its description lists values in
     * backticks, such as {@code `OK`, `LATE` or `ERROR`}) without {@code enum}.
     */
    List<String> parametersUnderspecified() {
        List<String> out = new ArrayList<>();
        for (Parameter parameter : parameters()) {
            String name = parameter.name();
            String description = text(parameter.body(), "description");
            JsonObject schema = resolve(object(parameter.body(), "schema"));
            String type = text(schema, "type");
            String format = text(schema, "format");
            if (type.isBlank()) {
                out.add(parameter + ": no type");
            } else if (type.equals("string")) {
                if (isId(name) && !format.equals("uuid")) {
                    out.add(parameter + ": an id without format uuid");
                } else if (isInstant(name, description) && !format.equals("date-time")) {
                    out.add(parameter + ": an instant without format date-time");
                } else if (VALUE_LIST.matcher(description).find() && !schema.containsKey("enum")) {
                    out.add(parameter + ": lists its values but has no enum");
                }
            }
        }
        return out;
    }

    private static boolean isId(String name) {
        return name.equals("id") || (name.length() > 2 && name.endsWith("Id"));
    }

    private static boolean isInstant(String name, String description) {
        return TIME_NAMES.contains(name) || (name.length() > 2 && name.endsWith("At"))
                || description.toLowerCase(java.util.Locale.ROOT).contains("instant");
    }

    /** Operations that document no 4xx response at all. */
    List<String> operationsWithoutClientErrors() {
        List<String> out = new ArrayList<>();
        for (Operation op : operations()) {
            if (object(op.body(), "responses").keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                out.add(op + ": no 4xx response");
            }
        }
        return out;
    }

    /**
     * 4xx and 5xx responses without {@code application/problem+json} content that has a schema, except those whose
     * code is in {@code exempt} (a 401 comes from the server's authentication, with an empty body).
     */
    List<String> errorsWithoutProblemContent(Set<String> exempt) {
        List<String> out = new ArrayList<>();
        for (Operation op : operations()) {
            for (Map.Entry<String, JsonValue> response : object(op.body(), "responses").entrySet()) {
                String code = response.getKey();
                if (exempt.contains(code) || !(code.startsWith("4") || code.startsWith("5"))) {
                    continue;
                }
                JsonObject content = object(resolve(response.getValue().asJsonObject()), "content");
                if (object(object(content, PROBLEM), "schema").isEmpty()) {
                    out.add(op + " " + code + ": no " + PROBLEM + " content");
                }
            }
        }
        return out;
    }

    /**
     * Operations whose description does not say who may call them, or whose 403 disagrees with it: one that says
     * "viewer" (admin or viewer may call it) never answers 403; any other is the admin's alone and documents it.
     */
    List<String> rolesUnclear() {
        List<String> out = new ArrayList<>();
        for (Operation op : operations()) {
            String description = text(op.body(), "description").toLowerCase(java.util.Locale.ROOT);
            boolean forbids = object(op.body(), "responses").containsKey("403");
            if (!description.contains("admin")) {
                out.add(op + ": the description does not say who may call it (admin, or admin or viewer)");
            } else if (description.contains("viewer") && forbids) {
                out.add(op + ": open to the viewer, yet documents 403");
            } else if (!description.contains("viewer") && !forbids) {
                out.add(op + ": for the admin only, yet documents no 403");
            }
        }
        return out;
    }

    /** Operations that do not document {@code code}. */
    List<String> operationsWithout(String code) {
        return operations().stream().filter(op -> !object(op.body(), "responses").containsKey(code))
                .map(op -> op + ": no " + code).toList();
    }

    /** 2xx responses other than 204 without a description or content. */
    List<String> successesUndescribed() {
        List<String> out = new ArrayList<>();
        for (Operation op : operations()) {
            for (Map.Entry<String, JsonValue> response : object(op.body(), "responses").entrySet()) {
                String code = response.getKey();
                if (!code.startsWith("2")) {
                    continue;
                }
                JsonObject body = resolve(response.getValue().asJsonObject());
                if (text(body, "description").isBlank() || text(body, "description").equals("OK")) {
                    out.add(op + " " + code + ": no description");
                }
                if (!code.equals("204") && object(body, "content").isEmpty()) {
                    out.add(op + " " + code + ": no content");
                }
            }
        }
        return out;
    }

    /**
     * Component schemas of objects without properties, and properties without a description; enumerations and
     * simple types (a string with a format) have no properties to describe.
     */
    List<String> schemasUndescribed() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonObject> entry : objectSchemas().entrySet()) {
            JsonObject properties = object(entry.getValue(), "properties");
            if (properties.isEmpty()) {
                out.add("schema " + entry.getKey() + ": no properties");
            }
            for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
                if (text(property.getValue().asJsonObject(), "description").isBlank()) {
                    out.add("schema " + entry.getKey() + "." + property.getKey() + ": no description");
                }
            }
        }
        return out;
    }

    /**
     * Properties of object component schemas (those {@link #schemasUndescribed()} reads) without an {@code example}.
     * A property needs none of its own when it refers to a component ({@code $ref}, or {@code allOf}, {@code anyOf} or
     * {@code oneOf} with one) that has an example, an {@code enum}, or properties of its own (checked here as that
     * component's); an array needs none when its {@code items} have an example or so refer to a component, or are
     * unconstrained ({@code {}}, or {@code {"type": "object"}} as Liberty writes it: a generic type parameter, whose
     * parameterized components are checked instead).
     */
    List<String> propertiesWithoutExamples() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonObject> entry : objectSchemas().entrySet()) {
            for (Map.Entry<String, JsonValue> property : object(entry.getValue(), "properties").entrySet()) {
                if (!exemplified(property.getValue().asJsonObject())) {
                    out.add("schema " + entry.getKey() + "." + property.getKey() + ": no example");
                }
            }
        }
        return out;
    }

    private boolean exemplified(JsonObject schema) {
        if (schema.containsKey("example")) {
            return true;
        }
        JsonObject component = referenced(schema);
        if (component != null) {
            return component.containsKey("example") || component.containsKey("enum")
                    || !object(component, "properties").isEmpty();
        }
        if (text(schema, "type").equals("array") && schema.get("items") instanceof JsonObject items) {
            return items.isEmpty() || items.equals(UNCONSTRAINED_OBJECT) || exemplified(items);
        }
        return false;
    }

    /** Component schemas by name, but enumerations and simple types (a string with a format). */
    private Map<String, JsonObject> objectSchemas() {
        Map<String, JsonObject> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object(object(document, "components"), "schemas").entrySet()) {
            JsonObject schema = entry.getValue().asJsonObject();
            boolean simple = schema.containsKey("enum")
                    || (schema.containsKey("type") && !text(schema, "type").equals("object"));
            if (!simple) {
                out.put(entry.getKey(), schema);
            }
        }
        return out;
    }

    /** The component a schema refers to, directly or as the one {@code $ref} of a composition; null if none. */
    private JsonObject referenced(JsonObject schema) {
        if (schema.containsKey("$ref")) {
            return resolve(schema);
        }
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            if (schema.get(composition) instanceof JsonArray parts) {
                for (JsonValue part : parts) {
                    if (part instanceof JsonObject o && o.containsKey("$ref")) {
                        return resolve(o);
                    }
                }
            }
        }
        return null;
    }

    /** The examples of a request body's JSON content, whether given as {@code example} or {@code examples}. */
    List<JsonValue> requestExamples(Operation op) {
        JsonObject json = object(object(resolve(object(op.body(), "requestBody")), "content"), "application/json");
        List<JsonValue> out = new ArrayList<>();
        if (json.containsKey("example")) {
            out.add(json.get("example"));
        }
        for (JsonValue example : object(json, "examples").values()) {
            JsonObject resolved = resolve(example.asJsonObject());
            if (resolved.containsKey("value")) {
                out.add(resolved.get("value"));
            }
        }
        return out;
    }

    /** Declared tags by name with their description. */
    Map<String, String> tags() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (document.containsKey("tags")) {
            for (JsonValue tag : document.getJsonArray("tags")) {
                out.put(text(tag.asJsonObject(), "name"), text(tag.asJsonObject(), "description"));
            }
        }
        return out;
    }

    /** A component schema, or an empty object. */
    JsonObject schema(String name) {
        return object(object(object(document, "components"), "schemas"), name);
    }

    JsonObject securityScheme(String name) {
        return object(object(object(document, "components"), "securitySchemes"), name);
    }

    /** The object a {@code $ref} such as {@code #/components/responses/NotFound} names, or the object itself. */
    JsonObject resolve(JsonObject value) {
        JsonObject current = value;
        for (int hops = 0; current.containsKey("$ref") && hops < 10; hops++) {
            String ref = current.getString("$ref");
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("external reference " + ref);
            }
            JsonObject target = document;
            for (String part : ref.substring(2).split("/")) {
                target = object(target, part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }

    private static JsonObject object(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        return value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String text(JsonObject parent, String key) {
        return parent.get(key) instanceof JsonString s ? s.getString() : "";
    }
}
