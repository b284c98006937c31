package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.NOBODY;
import static com.dxp.collector.platform.CollectorApi.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The OpenAPI document is the API's manual: every operation says what it does, who may call it and every answer it
 * can give; every parameter and schema property says what it means. Each test names every offender.
 */
@MicroShedTest
class OpenApiDocumentIT {

    private static final Set<String> TAGS = Set.of("tenants", "health", "events", "backfill", "directory",
            "conversations", "audit", "operations");

    private static OpenApiDocument document;

    @BeforeAll
    static void readDocument() throws Exception {
        HttpResponse<String> response = get("/openapi?format=JSON", NOBODY);
        assertEquals(200, response.statusCode(), response.body());
        document = OpenApiDocument.parse(response.body());
    }

    @Test
    void shouldDocumentTheWholeApi() {
        assertTrue(document.operations().size() >= 46, "operations: " + document.operations());
    }

    @Test
    void shouldGiveEveryOperationASummaryADescriptionAndOneKnownTag() {
        assertNone(document.operationsUndescribed(TAGS));
    }

    @Test
    void shouldSayWhoMayCallEachOperationAndDocument403ForTheAdminsOnes() {
        assertNone(document.rolesUnclear());
    }

    @Test
    void shouldDeclareEachTagWithADescription() {
        assertEquals(TAGS, document.tags().keySet(), "declared tags");
        document.tags().forEach((name, description) -> assertFalse(description.isBlank(), name));
    }

    @Test
    void shouldDescribeEveryParameterWithItsSchema() {
        assertNone(document.parametersUndescribed());
    }

    @Test
    void shouldGiveEveryParameterATypeAndTheFormatOrEnumOfAnIdAnInstantOrAnEnumeration() {
        assertNone(document.parametersUnderspecified());
    }

    @Test
    void shouldDocumentClientErrorsOnEveryOperation() {
        assertNone(document.operationsWithoutClientErrors());
    }

    @Test
    void shouldAnswerEveryOperationWithoutCredentialsWith401() {
        assertNone(document.operationsWithout("401"));
    }

    @Test
    void shouldDescribeErrorsAsProblemDocuments() {
        assertNone(document.errorsWithoutProblemContent(Set.of()));
        JsonObject problem = document.schema("ProblemDetail");
        for (String member : List.of("type", "title", "status", "detail", "instance", "correlationId")) {
            assertTrue(problem.getJsonObject("properties").containsKey(member), "problem member " + member);
        }
    }

    @Test
    void shouldDescribeEverySuccess() {
        assertNone(document.successesUndescribed());
    }

    @Test
    void shouldDescribeEverySchemaProperty() {
        assertNone(document.schemasUndescribed());
    }

    @Test
    void shouldGiveEverySchemaPropertyAnExample() {
        assertNone(document.propertiesWithoutExamples());
    }

    @Test
    void shouldOfferAnExampleOfANewTenantWithItsClientId() {
        List<JsonValue> examples = document.requestExamples(document.operation("post", "/api/admin/tenants"));

        assertTrue(examples.stream().anyMatch(e -> e instanceof JsonObject o && o.containsKey("clientId")),
                "examples: " + examples);
    }

    @Test
    void shouldDeclareHttpBasic() {
        JsonObject basic = document.securityScheme("basic");

        assertEquals("http", basic.getString("type", ""));
        assertEquals("basic", basic.getString("scheme", ""));
    }

    private static void assertNone(List<String> offenders) {
        assertTrue(offenders.isEmpty(), offenders.size() + " offenders:\n" + String.join("\n", offenders));
    }
}
