package com.dxp.collector.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.OpenApiDocument.Operation;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every write operation of the live OpenAPI document, sent bad inputs as the admin: numbers that overflow their
 * field, values of the wrong type, 100 KB strings, control and format characters and lone surrogates, JSON nested
 * 2,000 deep, duplicated keys, trailing garbage, empty and {@code null} bodies, bytes that are not UTF-8, media
 * types other than JSON, malformed {@code Authorization} headers, and ids and query values that cannot be. Each must
 * be answered with a 4xx problem document, never a 5xx, and write nothing: the tenants, the tenant the inputs aim
 * at, its runs and the audit trail (but for entries recording a refused login) are the same after it as before.
 *
 * <p>Each input spoils one thing of an otherwise valid request ({@link #BASES}), so an input the server wrongly
 * accepts shows as a write or a success, not hidden behind another error. Where a valid request would start work
 * (a retention run) the base itself is invalid; backfills, reconciliations and the dry-run verification aim at a
 * tenant or URL where nothing listens, so one accepted by mistake ends in a 503 or a refused verification, not in
 * collected data. Inputs the server answers wrongly today are listed in {@link #KNOWN_SERVER_FAULTS}.
 * {@code TenantBadInputIT} holds the tenant API's semantic refusals (names, regions, URLs); this test goes wider.
 */
@MicroShedTest
class WriteFuzzIT {

    static final Caller ADMIN = Caller.of(Account.ADMIN);
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final String NOWHERE = "http://127.0.0.1:1";

    static final String NOTES = "POST /api/admin/audit/notes";
    static final String RETENTION = "POST /api/admin/audit/retention-runs";
    static final String VERIFICATIONS = "POST /api/admin/genesys/verifications";
    static final String TENANTS = "POST /api/admin/tenants";
    static final String TENANT = "PUT /api/admin/tenants/{id}";
    static final String CREDENTIALS = "PUT /api/admin/tenants/{id}/credentials";
    static final String BACKFILLS = "POST /api/admin/tenants/{tenantId}/backfills";
    static final String RECONCILIATIONS = "POST /api/admin/tenants/{tenantId}/reconciliations";
    static final String IMPORTS = "POST /api/admin/tenants/{tenantId}/conversation-imports";
    static final String API_KEYS = "POST /api/admin/api-keys";

    /**
     * An otherwise valid body of each write that takes one, as raw JSON values by property; {@code {uuid}} is a new
     * UUID and {@code {version}} the fuzz tenant's current version when an input is sent, {@code {name}} its name,
     * {@code {tenant}} its id.
     */
    static final Map<String, Map<String, String>> BASES = Map.of(
            NOTES, fields("text", "\"fuzz note {uuid}\""),
            // a valid retention would start a run: 36501 days is one over the maximum
            RETENTION, fields("retentionDays", "36501"),
            VERIFICATIONS, fields("apiBaseUrl", q(NOWHERE), "clientId", "\"fuzz\"", "clientSecret",
                    "\"fuzz-secret\""),
            TENANTS, fields("name", "\"Fuzz {uuid}\"", "apiBaseUrl", q(NOWHERE), "clientId", "\"fuzz\"",
                    "clientSecret", "\"fuzz-secret\""),
            TENANT, fields("version", "{version}", "name", "\"{name}\"", "apiBaseUrl", q(NOWHERE), "enabled", "true"),
            CREDENTIALS, fields("clientId", "\"fuzz\"", "clientSecret", "\"fuzz-secret\""),
            BACKFILLS, fields("from", q(daysAgo(3)), "to", q(daysAgo(2)), "dryRun", "true"),
            RECONCILIATIONS, fields("from", q(daysAgo(3)), "to", q(daysAgo(2))),
            IMPORTS, fields("conversationId", "\"{uuid}\"", "conversationStart", q(daysAgo(1))),
            API_KEYS, fields("name", "\"fuzz key {uuid}\"", "tenantIds", "[\"{tenant}\"]"));

    /**
     * Properties no input changes: the verification's {@code region} is documented as ignored when
     * {@code apiBaseUrl} is given, and its base must give one (the test server may reach no region).
     */
    static final Map<String, Set<String>> UNTOUCHED = Map.of(VERIFICATIONS, Set.of("region"));

    /** Writes whose {@code {id}} is the fuzz tenant itself, so that their bodies are checked against a real one. */
    static final Set<String> ON_THE_TENANT = Set.of(TENANT, CREDENTIALS);

    /** Writes that take bodies over the usual 64 KiB: an unknown 100 KB property is no error there. */
    static final Set<String> LARGE_BODIES = Set.of(IMPORTS);

    private static final String[] CHARACTERS = {"a NUL character", "a BEL control character",
        "a right-to-left override", "a lone high surrogate", "a lone low surrogate"};

    /**
     * Inputs answered wrongly by the server today, so that the rest passes while they are fixed: each reason with
     * its cases, "METHOD path: input" ({@code *} for every operation). Such an input is still sent, and reported
     * as skipped with its answer; one answered rightly fails, to be taken out of the list.
     */
    static final List<KnownFault> KNOWN_SERVER_FAULTS = List.of(
            new KnownFault("Liberty's web container refuses a URI holding %00 (CWWWC0005I) with its own 400 before"
                    + " choosing an application, so neither a filter nor the error page sees it",
                    cases(List.of("*"), "path tenantId: an encoded NUL", "path id: an encoded NUL",
                            "path runId: an encoded NUL", "path name: an encoded NUL")));

    /** Inputs the server answers wrongly for one reason, as "METHOD path: input" ({@code *}: every operation). */
    record KnownFault(String reason, Set<String> cases) {
        boolean covers(Input input) {
            return cases.contains(input.name()) || cases.contains("*: " + input.what());
        }
    }

    static Set<String> cases(List<String> operations, String... inputs) {
        return operations.stream().flatMap(op -> Stream.of(inputs).map(input -> op + ": " + input))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static OpenApiDocument document;
    private static String tenantId;
    private static String tenantName;
    private static final Map<String, Integer> SENT = new ConcurrentHashMap<>();
    private static final Map<Integer, Integer> STATUSES = new ConcurrentHashMap<>();
    private static final Map<String, Integer> OUTCOMES = new ConcurrentHashMap<>();

    /** What an input must be answered with, besides being a problem document. */
    record Expect(String text, IntPredicate accepts) {
        static final Expect CLIENT_ERROR = new Expect("4xx", s -> s >= 400 && s < 500);
        /** A body the server cannot take: a 400, not a 409 or 422 that would show it was read as something else. */
        static final Expect BAD_REQUEST = new Expect("400", s -> s == 400);
        static final Expect UNAUTHORIZED = new Expect("401", s -> s == 401);
        static final Expect UNSUPPORTED = new Expect("415", s -> s == 415);
        static final Expect TOO_LARGE = new Expect("400 or 413", s -> s == 400 || s == 413);
    }

    /** One bad input to one operation. */
    record Input(String operation, String what, ApiRequest request, Caller caller, Expect expect) {
        String name() {
            return operation + ": " + what;
        }
    }

    /**
     * Where an operation's inputs go: its path with ids filled in, the query that keeps it refused, the valid
     * base body if it takes one, and whether something other than the input refuses it anyway (a random id or an
     * invalid query value).
     */
    record Target(Operation op, String key, String path, List<String> query, Map<String, String> base,
                  boolean refusedAnyway) {

        ApiRequest request() {
            return ApiRequest.of(op.method().toUpperCase(Locale.ROOT), path + (query.isEmpty() ? ""
                    : "?" + String.join("&", query)));
        }

        /** A request the operation refuses whatever else is wrong with it: the carrier of bad headers. */
        ApiRequest refused() {
            if (base != null) {
                return request().json("{}");
            }
            return refusedAnyway ? request() : request().body("text/plain", "refused by its media type");
        }
    }

    @BeforeAll
    static void readTheDocumentAndCreateATenant() throws Exception {
        // PostgreSQL refuses more than H2 (NUL in text, out-of-range timestamps): its run is the stricter one
        assumeTrue("postgres".equals(System.getProperty("it.db.kind")), "the PostgreSQL run covers it");
        HttpResponse<String> response = CollectorApi.get("/openapi?format=JSON", Account.NOBODY);
        assertEquals(200, response.statusCode(), response.body());
        document = OpenApiDocument.parse(response.body());
        tenantName = "Fuzz target " + UUID.randomUUID();
        HttpResponse<String> created = CollectorApi.postJson("/api/admin/tenants", "{\"name\":\"" + tenantName
                + "\",\"apiBaseUrl\":\"" + NOWHERE + "\",\"clientId\":\"fuzz\",\"clientSecret\":\"fuzz-"
                + UUID.randomUUID() + "\"}", Account.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        tenantId = CollectorApi.json(created).getString("id");
    }

    /** The target tenant goes, and so does every tenant an input that should have been refused created. */
    @AfterAll
    static void purgeTheFuzzTenantsAndPrintCounts() throws Exception {
        for (String id : ServerState.tenantIdsNamed("Fuzz")) {
            VerifiedTenant.purge(id);
        }
        if (document == null) {
            return;
        }
        System.out.println("write fuzz: " + SENT.values().stream().mapToInt(Integer::intValue).sum() + " inputs to "
                + SENT.size() + " operations " + new TreeMap<>(SENT));
        System.out.println("write fuzz: by status " + new TreeMap<>(STATUSES) + "; " + new TreeMap<>(OUTCOMES));
    }

    static List<Operation> writes() {
        return document.operations().stream().filter(op -> op.path().startsWith("/api/"))
                .filter(op -> WRITES.contains(op.method())).toList();
    }

    @Test
    void shouldPlanAtLeastFifteenBadInputsForEveryWriteAndTwoHundredInAll() {
        Map<String, Integer> planned = writes().stream().collect(Collectors.toMap(WriteFuzzIT::key,
                op -> inputs(op).size(), Integer::sum, TreeMap::new));

        assertTrue(planned.size() >= 20, "writes: " + planned);
        assertEquals(Map.of(), planned.entrySet().stream().filter(e -> e.getValue() < 15)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "writes with few inputs");
        assertTrue(planned.values().stream().mapToInt(Integer::intValue).sum() >= 200, "inputs: " + planned);
    }

    @Test
    void shouldHaveAValidBaseForEveryWriteThatTakesABody() {
        List<String> without = writes().stream().filter(op -> op.body().containsKey("requestBody"))
                .map(WriteFuzzIT::key).filter(key -> !BASES.containsKey(key)).toList();

        assertEquals(List.of(), without, "writes with a body but no entry in BASES");
    }

    @TestFactory
    Stream<DynamicContainer> shouldRefuseEveryBadInputWithAProblemAndWriteNothing() {
        return writes().stream().map(op -> DynamicContainer.dynamicContainer(key(op), inputs(op).stream()
                .map(input -> DynamicTest.dynamicTest(input.what() + " -> " + input.expect().text(),
                        () -> send(input)))));
    }

    private static void send(Input input) throws Exception {
        ServerState before = ServerState.read(tenantId);
        ApiRequest request = fill(input.request());

        HttpResponse<String> response = request.send(input.caller());

        SENT.merge(input.operation(), 1, Integer::sum);
        STATUSES.merge(response.statusCode(), 1, Integer::sum);
        List<String> wrong = new ArrayList<>();
        if (!input.expect().accepts().test(response.statusCode())) {
            wrong.add("should be " + input.expect().text());
        }
        if (!ApiRequest.wellFormed(response)) {
            wrong.add("should be a problem document");
        }
        wrong.addAll(ServerState.read(tenantId).changesSince(before));
        String what = input.name() + " (" + request + ") answered " + ApiRequest.describe(response);
        KnownFault known = KNOWN_SERVER_FAULTS.stream().filter(f -> f.covers(input)).findFirst().orElse(null);
        OUTCOMES.merge(known == null ? (wrong.isEmpty() ? "refused" : "answered wrongly")
                : (wrong.isEmpty() ? "known fault answered rightly" : "known fault"), 1, Integer::sum);
        if (known != null) {
            Assumptions.assumeTrue(wrong.isEmpty(), "known server fault (" + known.reason() + "): " + what + "; "
                    + wrong);
            fail(what + ": answered rightly now, take it out of KNOWN_SERVER_FAULTS (" + known.reason() + ")");
        }
        assertEquals(List.of(), wrong, what);
    }

    // ---------------------------------------------------------------------------------------------------------
    // the inputs

    static List<Input> inputs(Operation op) {
        Target target = target(op);
        List<Input> out = new ArrayList<>();
        authorizationInputs(target, out);
        mediaTypeInputs(target, out);
        if (target.base() != null) {
            bodyInputs(target, out);
            fieldInputs(target, out);
        } else if (target.refusedAnyway()) {
            ignoredBodyInputs(target, out);
        }
        pathAndQueryInputs(target, out);
        return out;
    }

    /**
     * Malformed credentials, each carried by a request the operation refuses anyway, so that one the server took
     * for the admin's would still change nothing. An unknown user's failed login may be audited.
     */
    private static void authorizationInputs(Target t, List<Input> out) {
        String admin = Base64.getEncoder().encodeToString(("admin:" + System.getProperty("it.admin.password"))
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization Basic without a colon", "Basic " + b64("admin"));
        headers.put("Authorization Basic %%%", "Basic %%%");
        headers.put("Authorization Basic and 10 KB", "Basic " + "QUFB".repeat(2560));
        headers.put("Authorization Bearer x", "Bearer x");
        headers.put("Authorization Basic with nothing after it", "Basic ");
        headers.put("Authorization Basic of a colon alone", "Basic " + b64(":"));
        headers.put("Authorization Basic of an unknown user", "Basic " + b64("fuzz-" + UUID.randomUUID() + ":x"));
        headers.put("Authorization Digest", "Digest username=\"admin\", realm=\"dxp-collector\"");
        headers.forEach((what, value) -> out.add(new Input(t.key(), what, t.refused(),
                Caller.authorization(what, value), Expect.UNAUTHORIZED)));
        // the admin's own credentials, spelled as no client spells them: not credentials (Liberty fails on them)
        out.add(new Input(t.key(), "Authorization Basic with two spaces", t.refused(),
                Caller.authorization("two spaces", "Basic  " + admin), Expect.UNAUTHORIZED));
        out.add(new Input(t.key(), "Authorization Basic without padding", t.refused(),
                Caller.authorization("no padding", "Basic " + b64("admin:x").replace("=", "")), Expect.UNAUTHORIZED));
    }

    /** Bodies of other media types, refused before any resource reads them. */
    private static void mediaTypeInputs(Target t, List<Input> out) {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("application/xml", "<tenant><name>x</name></tenant>");
        types.put("text/plain", "{\"text\":\"x\"}");
        types.put("application/x-www-form-urlencoded", "name=x");
        if (t.base() == null && !t.refusedAnyway()) {
            // nothing but its media type refuses this operation: more of them
            types.put("text/xml", "<x/>");
            types.put("text/html", "<p>x</p>");
            types.put("text/csv", "a,b");
            types.put("application/octet-stream", "\u0000\u0001");
            types.put("multipart/form-data; boundary=b", "--b--");
            types.put("image/png", "\u0089PNG");
            types.put("application/yaml", "a: 1");
            types.put("application/javascript", "alert(1)");
        }
        types.forEach((type, body) -> out.add(new Input(t.key(), "a body of " + type, t.request().body(type, body),
                ADMIN, Expect.UNSUPPORTED)));
    }

    /** Whole bodies that are no valid JSON object, or one with something wrong around or inside its syntax. */
    private static void bodyInputs(Target t, List<Input> out) {
        String base = render(t.base());
        String firstKey = t.base().keySet().iterator().next();
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("an empty body", "");
        bodies.put("a null body", "null");
        bodies.put("an array for the object", "[]");
        bodies.put("a string for the object", "\"text\"");
        bodies.put("a number for the object", "42");
        bodies.put("trailing garbage", base + " garbage");
        bodies.put("a second JSON value after it", base + " {}");
        bodies.put("a truncated body", base.substring(0, base.length() / 2));
        bodies.put("a duplicated key", "{\"" + firstKey + "\":" + t.base().get(firstKey) + "," + base.substring(1));
        bodies.put("arrays nested 2000 deep", "[".repeat(2000) + "]".repeat(2000));
        bodies.put("objects nested 2000 deep", "{\"a\":".repeat(2000) + "1" + "}".repeat(2000));
        bodies.put("single quotes", base.replace('"', '\''));
        bodies.put("a comment before it", "/* fuzz */ " + base);
        bodies.put("an unescaped control character in a string", base.replaceFirst("\":\"", "\":\"\u0007"));
        bodies.put("a raw NUL after it", base + "\u0000");
        bodies.forEach((what, body) -> out.add(new Input(t.key(), what, t.request().json(body), ADMIN,
                Expect.BAD_REQUEST)));
        out.add(new Input(t.key(), "bytes that are not UTF-8", t.request().bytes("application/json",
                notUtf8(base)), ADMIN, Expect.BAD_REQUEST));
        if (!LARGE_BODIES.contains(t.key())) {
            Map<String, String> padded = new LinkedHashMap<>(t.base());
            padded.put("pad", q("p".repeat(100_000)));
            out.add(new Input(t.key(), "an unknown property of 100 KB", t.request().json(render(padded)), ADMIN,
                    Expect.TOO_LARGE));
        }
    }

    /**
     * One property at a time replaced by a bad value of its documented type (or, for an operation that documents
     * no properties, of the type of the base's value).
     */
    private static void fieldInputs(Target t, List<Input> out) {
        for (Map.Entry<String, JsonObject> field : properties(t).entrySet()) {
            if (UNTOUCHED.getOrDefault(t.key(), Set.of()).contains(field.getKey())) {
                continue;
            }
            for (Map.Entry<String, Mutation> value : badValues(field.getKey(), field.getValue()).entrySet()) {
                Map<String, String> body = new LinkedHashMap<>(t.base());
                body.put(field.getKey(), value.getValue().raw());
                out.add(new Input(t.key(), field.getKey() + ": " + value.getKey(), t.request().json(render(body)),
                        ADMIN, value.getValue().expect()));
            }
        }
    }

    /** Bodies sent to an operation that reads none and is refused by its id or query anyway: they must not hurt. */
    private static void ignoredBodyInputs(Target t, List<Input> out) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("a body it does not read: truncated JSON", "{\"a\":");
        bodies.put("a body it does not read: trailing garbage", "{} garbage");
        bodies.put("a body it does not read: null", "null");
        bodies.put("a body it does not read: nested 2000 deep", "[".repeat(2000) + "]".repeat(2000));
        bodies.put("a body it does not read: a lone surrogate", "{\"a\":\"\\ud800\"}");
        bodies.forEach((what, body) -> out.add(new Input(t.key(), what, t.request().json(body), ADMIN,
                Expect.CLIENT_ERROR)));
        out.add(new Input(t.key(), "a body it does not read: 100 KB", t.request().json("{\"pad\":\""
                + "p".repeat(100_000) + "\"}"), ADMIN, Expect.CLIENT_ERROR));
        out.add(new Input(t.key(), "a body it does not read: not UTF-8", t.request().bytes("application/json",
                notUtf8("{\"a\":\"x\"}")), ADMIN, Expect.CLIENT_ERROR));
    }

    /** Ids that cannot be and query values out of their type or range, the rest of the request as refused. */
    private static void pathAndQueryInputs(Target t, List<Input> out) {
        for (JsonObject parameter : parameters(t.op(), "path")) {
            String name = parameter.getString("name");
            Map<String, String> values = new LinkedHashMap<>();
            if (name.equals("tenantId") || ON_THE_TENANT.contains(t.key())) {
                values.put("an unknown tenant", UUID.randomUUID().toString());
                values.put("a tenant id that is no UUID", "not-a-uuid");
            } else if (isNumber(parameter)) {
                values.putAll(badNumbersInText(parameter));
            } else {
                values.put("no UUID", "not-a-uuid");
                values.put("2000 characters", "i".repeat(2000));
                values.put("an encoded right-to-left override", "a%E2%80%AEb");
            }
            values.put("an encoded NUL", "a%00b");
            values.put("encoded dots", "%2e%2e");
            String original = t.op().path();
            values.forEach((what, value) -> {
                String path = original.replace("{" + name + "}", value);
                for (JsonObject other : parameters(t.op(), "path")) {
                    String otherName = other.getString("name");
                    path = path.replace("{" + otherName + "}", pathValue(t.key(), other));
                }
                ApiRequest request = new Target(t.op(), t.key(), path, t.query(), t.base(), true).request();
                out.add(new Input(t.key(), "path " + name + ": " + what, t.base() == null ? request
                        : request.json(render(t.base())), ADMIN, Expect.CLIENT_ERROR));
            });
        }
        for (JsonObject parameter : parameters(t.op(), "query")) {
            String name = parameter.getString("name");
            Map<String, String> values = isNumber(parameter) ? badNumbersInText(parameter)
                    : fields("maybe", "maybe", "1", "1", "yes", "yes", "an encoded NUL", "tr%00ue", "half a word",
                    "tru");
            values.forEach((what, value) -> {
                List<String> query = new ArrayList<>(t.query().stream().filter(p -> !p.startsWith(name + "="))
                        .toList());
                query.add(name + "=" + value);
                ApiRequest request = new Target(t.op(), t.key(), t.path(), query, t.base(), true).request();
                out.add(new Input(t.key(), "query " + name + ": " + what, request, ADMIN, Expect.CLIENT_ERROR));
            });
        }
    }

    /** A bad JSON value for a property and what it must be answered with. */
    record Mutation(String raw, Expect expect) {
        static Mutation of(String raw) {
            return new Mutation(raw, Expect.BAD_REQUEST);
        }
    }

    /** Bad values by the property's schema: its type, format, bounds, length and enumeration. */
    static Map<String, Mutation> badValues(String name, JsonObject schema) {
        Map<String, Mutation> out = new LinkedHashMap<>();
        String type = schema.getString("type", "string");
        switch (type) {
            case "integer", "number" -> {
                out.put("1e309", Mutation.of("1e309"));
                if (!schema.getString("format", "").equals("int64")) {
                    out.put("4294967296", Mutation.of("4294967296"));
                }
                out.put("9223372036854775808", Mutation.of("9223372036854775808"));
                out.put("1.5 for an integer", Mutation.of("1.5"));
                out.put("NaN", Mutation.of("NaN"));
                // a string holding a number that is out of range anyway, should the string be read as a number
                out.put("a string for a number", Mutation.of(q(schema.containsKey("maximum")
                        ? Long.toString(schema.getJsonNumber("maximum").longValue() + 1) : "12")));
                out.put("an object for a number", Mutation.of("{}"));
                out.put("an array for a number", Mutation.of("[1]"));
                out.put("a boolean for a number", Mutation.of("true"));
                if (schema.containsKey("minimum")) {
                    long minimum = schema.getJsonNumber("minimum").longValue();
                    out.put("one below the minimum", Mutation.of(Long.toString(minimum - 1)));
                    if (minimum >= 1) {
                        out.put("-0", Mutation.of("-0"));
                    }
                }
            }
            case "boolean" -> {
                out.put("a string for a boolean", Mutation.of("\"yes\""));
                out.put("1 for a boolean", Mutation.of("1"));
                out.put("0 for a boolean", Mutation.of("0"));
                out.put("an object for a boolean", Mutation.of("{}"));
                out.put("an array for a boolean", Mutation.of("[true]"));
            }
            case "object" -> {
                out.put("an array for an object", Mutation.of("[]"));
                out.put("a string for an object", Mutation.of("\"arn\""));
                out.put("a number for an object", Mutation.of("1"));
                out.put("objects nested 2000 deep", Mutation.of("{\"a\":".repeat(2000) + "1" + "}".repeat(2000)));
            }
            default -> {
                out.put("a number for a string", Mutation.of("42"));
                out.put("an object for a string", Mutation.of("{\"a\":\"b\"}"));
                out.put("an array for a string", Mutation.of("[\"a\"]"));
                out.put("a boolean for a string", Mutation.of("true"));
                out.put("100 KB", new Mutation(q("s".repeat(100_000)), Expect.TOO_LARGE));
                if (!name.toLowerCase(Locale.ROOT).contains("secret")) {
                    // a secret is opaque: whatever the customer's Genesys client secret holds is theirs
                    out.put("a NUL character", Mutation.of("\"fuzz\\u0000{uuid}\""));
                    out.put("a BEL control character", Mutation.of("\"fuzz\\u0007{uuid}\""));
                    out.put("a right-to-left override", Mutation.of("\"fuzz\\u202e{uuid}\""));
                    out.put("a lone high surrogate", Mutation.of("\"fuzz\\ud800{uuid}\""));
                    out.put("a lone low surrogate", Mutation.of("\"\\udc00fuzz{uuid}\""));
                }
                if (schema.containsKey("maxLength")) {
                    out.put("one over its maximum length", Mutation.of(q("m".repeat(schema.getInt("maxLength")
                            + 1))));
                }
                String format = schema.getString("format", "");
                if (format.equals("date-time")) {
                    out.put("no instant", Mutation.of("\"yesterday\""));
                    out.put("the 30th of February", Mutation.of("\"2026-02-30T00:00:00Z\""));
                    out.put("the year 1000000000", Mutation.of("\"+1000000000-01-01T00:00:00Z\""));
                    out.put("an instant without offset", Mutation.of("\"2026-01-01T00:00:00\""));
                } else if (format.equals("uuid")) {
                    out.put("no UUID", Mutation.of("\"not-a-uuid\""));
                } else if (format.equals("uri")) {
                    out.put("a javascript URI", Mutation.of("\"javascript:alert(1)\""));
                }
                if (schema.containsKey("enum")) {
                    out.put("no value of its enumeration", Mutation.of("\"nope\""));
                }
            }
        }
        return out;
    }

    /** Bad numbers as they would stand in a path or query (unquoted text). */
    private static Map<String, String> badNumbersInText(JsonObject parameter) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("1e309", "1e309");
        values.put("4294967296", "4294967296");
        values.put("9223372036854775808", "9223372036854775808");
        values.put("1.5", "1.5");
        values.put("-1", "-1");
        values.put("-0", "-0");
        values.put("0", "0");
        values.put("no number", "abc");
        values.put("hexadecimal", "0x10");
        JsonObject schema = schema(parameter);
        if (schema.containsKey("maximum")) {
            values.put("one over the maximum", Long.toString(schema.getJsonNumber("maximum").longValue() + 1));
        }
        return values;
    }

    // ---------------------------------------------------------------------------------------------------------
    // targets

    static String key(Operation op) {
        return op.method().toUpperCase(Locale.ROOT) + " " + op.path();
    }

    static Target target(Operation op) {
        String key = key(op);
        boolean refused = false;
        String path = op.path();
        for (JsonObject parameter : parameters(op, "path")) {
            String name = parameter.getString("name");
            String value = pathValue(key, parameter);
            refused |= !value.equals(tenantId);
            path = path.replace("{" + name + "}", value);
        }
        List<String> query = new ArrayList<>();
        String refusing = AuthorizationMatrixIT.REFUSING_QUERIES.get(key);
        if (refusing != null) {
            query.add(refusing);
            refused = true;
        }
        return new Target(op, key, path, query, BASES.get(key), refused);
    }

    /** The fuzz tenant for {@code {tenantId}} and the id of {@link #ON_THE_TENANT}; otherwise nothing stored. */
    private static String pathValue(String key, JsonObject parameter) {
        String name = parameter.getString("name");
        if (name.equals("tenantId") || (name.equals("id") && ON_THE_TENANT.contains(key))) {
            return tenantId;
        }
        if (isNumber(parameter)) {
            return Long.toString(4_000_000_000_000L + (long) (Math.random() * 1_000_000_000L));
        }
        return name.equals("name") ? "no-such-queue-" + UUID.randomUUID() : UUID.randomUUID().toString();
    }

    /** The documented properties of the operation's JSON body; those of the base if it documents none. */
    private static Map<String, JsonObject> properties(Target t) {
        JsonObject body = document.resolve(objectAt(t.op().body(), "requestBody"));
        JsonObject schema = document.resolve(objectAt(objectAt(objectAt(body, "content"), "application/json"),
                "schema"));
        Map<String, JsonObject> out = new LinkedHashMap<>();
        objectAt(schema, "properties").forEach((name, value) -> out.put(name,
                document.resolve(value.asJsonObject())));
        if (out.isEmpty()) {
            t.base().forEach((name, raw) -> out.put(name, inferred(raw)));
        }
        return out;
    }

    /** The schema a raw JSON value suggests: a string that is an instant is a date-time, and so on. */
    private static JsonObject inferred(String raw) {
        var schema = jakarta.json.Json.createObjectBuilder();
        if (raw.startsWith("\"")) {
            String text = raw.substring(1, raw.length() - 1);
            schema.add("type", "string");
            if (text.equals("{uuid}")) {
                schema.add("format", "uuid");
            } else {
                try {
                    Instant.parse(text);
                    schema.add("format", "date-time");
                } catch (DateTimeParseException e) {
                    // a plain string
                }
            }
        } else if (raw.equals("true") || raw.equals("false")) {
            schema.add("type", "boolean");
        } else if (raw.startsWith("{")) {
            schema.add("type", "object");
        } else {
            schema.add("type", "integer");
        }
        return schema.build();
    }

    private static List<JsonObject> parameters(Operation op, String in) {
        if (!(op.body().get("parameters") instanceof JsonArray parameters)) {
            return List.of();
        }
        return parameters.stream().map(p -> document.resolve(p.asJsonObject()))
                .filter(p -> in.equals(p.getString("in", ""))).toList();
    }

    private static JsonObject schema(JsonObject parameter) {
        return document.resolve(objectAt(parameter, "schema"));
    }

    private static boolean isNumber(JsonObject parameter) {
        String type = schema(parameter).get("type") instanceof JsonString s ? s.getString() : "string";
        return type.equals("integer") || type.equals("number");
    }

    private static JsonObject objectAt(JsonObject parent, String key) {
        return parent.get(key) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    // ---------------------------------------------------------------------------------------------------------
    // bodies

    /** An ordered map of property to raw JSON value, from alternating names and values. */
    static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    static String render(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> q(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String q(String text) {
        return "\"" + text + "\"";
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String daysAgo(int days) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).minus(days, ChronoUnit.DAYS).toString();
    }

    /** The JSON with a byte sequence that is no UTF-8 (0xC3 0x28) at the start of its first string value. */
    private static byte[] notUtf8(String json) {
        int at = json.indexOf(":\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        int split = at < 0 ? 1 : json.substring(0, at + 2).getBytes(StandardCharsets.UTF_8).length;
        out.write(utf8, 0, split);
        out.write(0xC3);
        out.write(0x28);
        out.write(utf8, split, utf8.length - split);
        return out.toByteArray();
    }

    /** The request with {@code {uuid}}, {@code {version}}, {@code {name}} and {@code {tenant}} filled in. */
    private static ApiRequest fill(ApiRequest request) throws Exception {
        if (request.body() == null) {
            return request;
        }
        String text = new String(request.body(), StandardCharsets.ISO_8859_1);
        if (!text.contains("{uuid}") && !text.contains("{version}") && !text.contains("{name}")
                && !text.contains("{tenant}")) {
            return request;
        }
        if (text.contains("{version}")) {
            HttpResponse<String> tenant = CollectorApi.get("/api/admin/tenants/" + tenantId, Account.ADMIN);
            text = text.replace("{version}", CollectorApi.json(tenant).getJsonNumber("version").toString());
        }
        text = text.replace("{uuid}", UUID.randomUUID().toString()).replace("{name}", tenantName)
                .replace("{tenant}", tenantId);
        return request.bytes(request.contentType(), text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
