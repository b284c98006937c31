package com.dxp.collector.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.OpenApiDocument.Operation;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntPredicate;
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
 * Who may call what, for every operation the live OpenAPI document lists under {@code /api}: each is called by
 * each caller of {@link #CALLERS} and must answer as {@link #EXPECTATIONS} says for its kind of operation. The kind
 * comes from the document (a documented 403 or a description naming the viewer), so an endpoint added without a
 * role, or documented as the admin's alone but open to the viewer, fails the build without anyone writing a test
 * for it; and no answer may be a 5xx, every 4xx a problem document.
 *
 * <p>The calls must not change anything, since the admin is allowed everything: a write is sent with a body the
 * endpoint refuses ({@code {}}), to a random id, with an invalid query value ({@link #REFUSING_QUERIES}), or, where
 * nothing else refuses it and the caller is expected to get through, with a plain-text body the media-type check
 * turns away. Path ids are the one tenant created here ({@code {tenantId}}, and {@code {id}} of a tenant read)
 * or random, so a 404 is a fine answer; the tenant points at a port where nothing listens.
 */
@MicroShedTest
class AuthorizationMatrixIT {

    /** What a caller must get from one operation. */
    enum Outcome {
        /** 401: the caller must authenticate. */
        UNAUTHENTICATED(status -> status == 401),
        /** 403: the caller is known and not allowed. */
        FORBIDDEN(status -> status == 403),
        /** 404: the tenant is not there for this caller, exactly as a tenant that does not exist. */
        NO_SUCH_TENANT(status -> status == 404),
        /** Anything but 401 and 403: the call got past authorization (a 400 or 404 of the request itself is fine). */
        ALLOWED(status -> status != 401 && status != 403);

        final IntPredicate accepts;

        Outcome(IntPredicate accepts) {
            this.accepts = accepts;
        }
    }

    /** Kinds of operation, as the document tells them apart. */
    enum Kind {
        /** A read under {@code /api/tenants/{tenantId}}: what the monitoring platform reads, for one tenant. */
        TENANT_READ,
        /** A read of the service (admin API) open to the viewer. */
        SERVICE_READ,
        /** The admin's alone: every write, and reads that show secrets or raw records (documented 403). */
        ADMIN_ONLY
    }

    static final Caller ANONYMOUS = Caller.anonymous();
    static final Caller VIEWER = Caller.of(Account.VIEWER);
    static final Caller ADMIN = Caller.of(Account.ADMIN);
    /** A read key issued for the tenant the operations name. */
    static final Caller OWN_KEY = new Caller("key of the tenant",
            r -> r.header("Authorization", "Bearer " + AuthorizationMatrixIT.ownKey));
    /** A read key issued for another tenant. */
    static final Caller OTHER_KEY = new Caller("key of another tenant",
            r -> r.header("Authorization", "Bearer " + AuthorizationMatrixIT.otherKey));

    /** The columns of {@link #EXPECTATIONS}, in order. */
    static final List<Caller> CALLERS = List.of(ANONYMOUS, VIEWER, OWN_KEY, OTHER_KEY, ADMIN);

    /**
     * Who may call what: one row per kind of operation, one column per caller of {@link #CALLERS}. A read key reads
     * its own tenants' read API; to a key of another tenant that tenant does not exist.
     */
    static final Map<Kind, List<Outcome>> EXPECTATIONS = new EnumMap<>(Map.of(
            //                        anonymous                viewer             own key
            //                        other key                admin
            Kind.TENANT_READ, List.of(Outcome.UNAUTHENTICATED, Outcome.ALLOWED, Outcome.ALLOWED,
                    Outcome.NO_SUCH_TENANT, Outcome.ALLOWED),
            Kind.SERVICE_READ, List.of(Outcome.UNAUTHENTICATED, Outcome.ALLOWED, Outcome.FORBIDDEN,
                    Outcome.FORBIDDEN, Outcome.ALLOWED),
            Kind.ADMIN_ONLY, List.of(Outcome.UNAUTHENTICATED, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
                    Outcome.FORBIDDEN, Outcome.ALLOWED)));

    /**
     * Writes that neither a body nor a random id refuses, and the query value that does (so that even the admin's
     * call changes nothing).
     */
    static final Map<String, String> REFUSING_QUERIES = Map.of(
            "POST /api/admin/quarantine/replay", "limit=0",
            "POST /api/admin/tenants/{tenantId}/refused-conversations/retry", "limit=0",
            "POST /api/admin/tenants/{tenantId}/directory-syncs", "dryRun=maybe");

    /** The writes open to the viewer: its own console session's sign-in and sign-out. */
    static final Set<String> OWN_SESSION = Set.of("POST /api/session", "DELETE /api/session");

    /**
     * Calls answered wrongly by the server today, as "caller METHOD path" with the reason, so the rest of the matrix
     * passes while they are fixed. A call listed here that is answered rightly fails: take it out.
     */
    static final Map<String, String> KNOWN_SERVER_FAULTS = Map.of();

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    private static OpenApiDocument document;
    private static String tenantId;
    private static String otherTenantId;
    private static String ownKey;
    private static String otherKey;
    private static final Map<Integer, Integer> STATUSES = new ConcurrentHashMap<>();
    private static final Map<String, Integer> CALLS = new ConcurrentHashMap<>();

    @BeforeAll
    static void readTheDocumentAndCreateATenant() throws Exception {
        HttpResponse<String> response = ApiRequest.of("GET", "/openapi").header("Accept", "application/json")
                .send(ANONYMOUS);
        assertEquals(200, response.statusCode(), response.body());
        document = OpenApiDocument.parse(response.body());
        HttpResponse<String> created = CollectorApi.postJson("/api/admin/tenants", "{\"name\":\"Matrix "
                + UUID.randomUUID() + "\",\"apiBaseUrl\":\"http://127.0.0.1:1\",\"clientId\":\"matrix\","
                + "\"clientSecret\":\"matrix-" + UUID.randomUUID() + "\"}", Account.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        tenantId = CollectorApi.json(created).getString("id");
        HttpResponse<String> other = CollectorApi.postJson("/api/admin/tenants", "{\"name\":\"Matrix other "
                + UUID.randomUUID() + "\",\"apiBaseUrl\":\"http://127.0.0.1:1\",\"clientId\":\"matrix\","
                + "\"clientSecret\":\"matrix-" + UUID.randomUUID() + "\"}", Account.ADMIN);
        assertEquals(201, other.statusCode(), other.body());
        otherTenantId = CollectorApi.json(other).getString("id");
        ownKey = issueKey(tenantId);
        otherKey = issueKey(otherTenantId);
    }

    private static String issueKey(String tenant) throws Exception {
        HttpResponse<String> issued = CollectorApi.postJson("/api/admin/api-keys", "{\"name\":\"matrix "
                + UUID.randomUUID() + "\",\"tenantIds\":[\"" + tenant + "\"]}", Account.ADMIN);
        assertEquals(201, issued.statusCode(), issued.body());
        return CollectorApi.json(issued).getString("key");
    }

    @AfterAll
    static void purgeTheTenantAndPrintSummary() throws Exception {
        for (String id : new String[] {tenantId, otherTenantId}) {
            if (id != null) {
                VerifiedTenant.purge(id);
            }
        }
        if (document == null) {
            return;
        }
        System.out.println("authorization matrix: " + operations().size() + " operations x " + CALLERS.size()
                + " callers = " + CALLS.values().stream().mapToInt(Integer::intValue).sum() + " calls "
                + new TreeMap<>(CALLS) + "; by status " + new TreeMap<>(STATUSES));
    }

    /** Every operation under /api, from the live document. */
    static List<Operation> operations() {
        return document.operations().stream().filter(op -> op.path().startsWith("/api/")).toList();
    }

    /**
     * The operation's kind, from the document: a documented 403 makes it the admin's alone; otherwise a
     * description that says who may call it ("admin or viewer") decides; an operation that says neither is a read
     * if it is a GET. Reads under {@code /api/tenants/{tenantId}} are tenant reads.
     */
    static Kind kind(Operation op) {
        JsonObject responses = op.body().getJsonObject("responses");
        String description = op.body().getString("description", "").toLowerCase(Locale.ROOT);
        boolean viewerMay;
        if (responses != null && responses.containsKey("403")) {
            viewerMay = false;
        } else if (description.contains("admin") || description.contains("viewer")) {
            viewerMay = description.contains("viewer");
        } else {
            viewerMay = op.method().equals("get");
        }
        if (!viewerMay) {
            return Kind.ADMIN_ONLY;
        }
        return op.path().startsWith("/api/tenants/{tenantId}") ? Kind.TENANT_READ : Kind.SERVICE_READ;
    }

    static Outcome expected(Operation op, Caller caller) {
        return EXPECTATIONS.get(kind(op)).get(CALLERS.indexOf(caller));
    }

    @Test
    void shouldHaveAnExpectationForEveryKindAndCaller() {
        for (Kind kind : Kind.values()) {
            assertEquals(CALLERS.size(), EXPECTATIONS.get(kind).size(), "columns of " + kind);
        }
    }

    @Test
    void shouldFindTheWholeApiInTheDocument() {
        assertTrue(operations().size() >= 46, "operations: " + operations());
    }

    /**
     * The viewer reads; a write open to it is a mistake of the document or of the server, either way a finding. Apart
     * from {@link #OWN_SESSION}: signing in to the console and out, which change nothing but the caller's session.
     */
    @Test
    void shouldDocumentEveryWriteAsTheAdminsAlone() {
        List<String> open = operations().stream().filter(op -> WRITES.contains(op.method()))
                .filter(op -> kind(op) != Kind.ADMIN_ONLY).map(Operation::toString)
                .filter(op -> !OWN_SESSION.contains(op)).toList();

        assertEquals(List.of(), open, "writes the document opens to the viewer");
        assertTrue(operations().stream().map(Operation::toString).toList().containsAll(OWN_SESSION),
                "the console's sign-in and sign-out are in the document");
    }

    @TestFactory
    Stream<DynamicContainer> shouldAnswerEveryCallerAsTheTableSaysOnEveryOperation() {
        return CALLERS.stream().map(caller -> DynamicContainer.dynamicContainer(caller.name(),
                operations().stream().map(op -> DynamicTest.dynamicTest(caller + ": " + op + " -> "
                        + expected(op, caller), () -> call(op, caller)))));
    }

    private static void call(Operation op, Caller caller) throws Exception {
        Outcome expected = expected(op, caller);
        boolean write = WRITES.contains(op.method());
        ApiRequest request = request(op, expected == Outcome.ALLOWED);
        ServerState before = write ? ServerState.read(tenantId) : null;

        HttpResponse<String> response = request.send(caller);

        STATUSES.merge(response.statusCode(), 1, Integer::sum);
        CALLS.merge(caller.name(), 1, Integer::sum);
        List<String> wrong = new ArrayList<>();
        if (!expected.accepts.test(response.statusCode())) {
            wrong.add("should be " + expected);
        }
        if (!ApiRequest.wellFormed(response)) {
            wrong.add("should be no 5xx, and a problem document if a 4xx");
        }
        if (write && expected == Outcome.ALLOWED && response.statusCode() < 400) {
            wrong.add("was meant to be refused by its own content but was carried out");
        }
        if (write) {
            wrong.addAll(ServerState.read(tenantId).changesSince(before));
        }
        String what = caller + ": " + request + " answered " + ApiRequest.describe(response);
        String known = KNOWN_SERVER_FAULTS.get(caller + " " + op);
        if (known != null) {
            Assumptions.assumeTrue(wrong.isEmpty(), "known server fault (" + known + "): " + what + "; " + wrong);
            fail(what + ": answered rightly now, take it out of KNOWN_SERVER_FAULTS (" + known + ")");
        }
        assertEquals(List.of(), wrong, what);
    }

    /**
     * The request for an operation: path parameters filled in, required query parameters given, and for a write
     * something that refuses it. {@code mayGetThrough}: the caller is expected past authorization, so a write that
     * nothing else refuses gets a plain-text body (a 415 before any resource runs); a caller that must be refused
     * sends it bare, so that its refusal can only come from its role.
     */
    static ApiRequest request(Operation op, boolean mayGetThrough) {
        boolean write = WRITES.contains(op.method());
        String key = op.method().toUpperCase(Locale.ROOT) + " " + op.path();
        boolean refused = !write;
        String path = op.path();
        for (JsonObject parameter : parameters(op, "path")) {
            String name = parameter.getString("name");
            String value;
            if (name.equals("tenantId") || (name.equals("id") && !write && path.startsWith("/api/admin/tenants/"))) {
                value = tenantId;
            } else {
                value = randomValue(parameter);
                refused = true;
            }
            path = path.replace("{" + name + "}", value);
        }
        List<String> query = new ArrayList<>();
        for (JsonObject parameter : parameters(op, "query")) {
            if (parameter.getBoolean("required", false)) {
                query.add(parameter.getString("name") + "=" + requiredValue(parameter));
            }
        }
        if (write && REFUSING_QUERIES.containsKey(key)) {
            query.add(REFUSING_QUERIES.get(key));
            refused = true;
        }
        ApiRequest request = ApiRequest.of(op.method().toUpperCase(Locale.ROOT), path
                + (query.isEmpty() ? "" : "?" + String.join("&", query)));
        if (write && op.body().containsKey("requestBody")) {
            return request.json("{}");
        }
        if (!refused && mayGetThrough) {
            return request.body("text/plain", "refused by its media type");
        }
        return request;
    }

    private static List<JsonObject> parameters(Operation op, String in) {
        if (!op.body().containsKey("parameters")) {
            return List.of();
        }
        return op.body().getJsonArray("parameters").stream().map(p -> document.resolve(p.asJsonObject()))
                .filter(p -> in.equals(p.getString("in", ""))).toList();
    }

    /** A value of the parameter's type that names nothing stored: a large number or a random UUID. */
    private static String randomValue(JsonObject parameter) {
        String type = schemaType(parameter);
        if (type.equals("integer") || type.equals("number")) {
            return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50));
        }
        return UUID.randomUUID().toString();
    }

    /** A valid value for a required query parameter: the last day for a period, else by type. */
    private static String requiredValue(JsonObject parameter) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return switch (parameter.getString("name")) {
            case "from" -> now.minus(1, ChronoUnit.DAYS).toString();
            case "to" -> now.toString();
            default -> switch (schemaType(parameter)) {
                case "integer", "number" -> "1";
                case "boolean" -> "false";
                default -> "x";
            };
        };
    }

    private static String schemaType(JsonObject parameter) {
        JsonValue schema = parameter.get("schema");
        if (!(schema instanceof JsonObject object)) {
            return "string";
        }
        return document.resolve(object).get("type") instanceof JsonString type ? type.getString() : "string";
    }
}
