package com.dxp.collector.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    /** One documented operation and one that lacks everything, with components reached by reference. */
    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "tags": [{"name": "tenants", "description": "Tenants."}],
             "paths": {
              "/api/a/{id}": {
               "get": {"summary": "Read", "description": "Reads.", "tags": ["tenants"],
                "parameters": [{"$ref": "#/components/parameters/Id"}],
                "responses": {"200": {"description": "The thing.", "content": {"application/json": {}}},
                              "401": {"$ref": "#/components/responses/Unauthorized"},
                              "404": {"$ref": "#/components/responses/NotFound"}}},
               "post": {"tags": ["elsewhere"],
                "parameters": [{"name": "limit", "in": "query"}],
                "requestBody": {"content": {"application/json": {"examples": {
                  "one": {"value": {"clientId": "x"}}, "two": {"$ref": "#/components/examples/Two"}}}}},
                "responses": {"200": {"description": "OK"},
                              "409": {"description": "Conflict", "content": {"application/json": {"schema": {}}}},
                              "503": {"description": "Down"}}}}},
             "components": {
              "parameters": {"Id": {"name": "id", "in": "path", "description": "The id.",
                                    "schema": {"type": "string", "format": "uuid"}}},
              "responses": {"Unauthorized": {"description": "No credentials."},
                            "NotFound": {"description": "None.",
                              "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/P"}}}}},
              "examples": {"Two": {"value": {"name": "y"}}},
              "schemas": {
               "P": {"type": "object", "properties": {"title": {"type": "string", "description": "Title."}}},
               "Empty": {"type": "object"},
               "Half": {"type": "object", "properties": {"a": {"description": "A."}, "b": {"type": "string"}}},
               "Id": {"type": "string", "format": "uuid"},
               "State": {"enum": ["ON", "OFF"], "type": "string"}}}}
            """;

    private final OpenApiDocument document = OpenApiDocument.parse(DOCUMENT);

    @Test
    void shouldListEveryOperationByMethodAndPath() {
        assertEquals(List.of("GET /api/a/{id}", "POST /api/a/{id}"),
                document.operations().stream().map(Object::toString).toList());
    }

    @Test
    void shouldNameOperationsWithoutSummaryDescriptionOrAKnownTag() {
        assertEquals(List.of("POST /api/a/{id}: no summary", "POST /api/a/{id}: no description",
                        "POST /api/a/{id}: tags [elsewhere] instead of one of [tenants]"),
                document.operationsUndescribed(Set.of("tenants")));
    }

    @Test
    void shouldFollowParameterReferencesAndNameUndescribedParameters() {
        assertEquals(List.of("POST /api/a/{id} parameter limit: no description",
                "POST /api/a/{id} parameter limit: no schema"), document.parametersUndescribed());
    }

    @Test
    void shouldNameParametersWithoutATypeOrWithoutTheFormatOrEnumTheirNameOrDescriptionCallsFor() {
        OpenApiDocument parameters = OpenApiDocument.parse("""
                {"paths": {"/a/{tenantId}/{runId}": {"get": {"parameters": [
                  {"name": "tenantId", "in": "path", "schema": {"type": "string"}},
                  {"name": "runId", "in": "path", "schema": {"type": "integer", "format": "int64"}},
                  {"name": "from", "in": "query", "schema": {"type": "string"}},
                  {"name": "checkedAt", "in": "query", "schema": {"type": "string", "format": "date"}},
                  {"name": "window", "in": "query", "description": "An ISO-8601 instant.",
                   "schema": {"type": "string"}},
                  {"name": "status", "in": "query", "description": "`OK`, `LATE` or `ERROR`.",
                   "schema": {"type": "string"}},
                  {"name": "cursor", "in": "query", "description": "The `nextCursor`.", "schema": {"type": "string"}},
                  {"name": "waiting", "in": "query", "description": "`true` or `false`.",
                   "schema": {"type": "boolean"}},
                  {"name": "limit", "in": "query", "schema": {}}]}}}}
                """);

        assertEquals(List.of("GET /a/{tenantId}/{runId} parameter tenantId: an id without format uuid",
                        "GET /a/{tenantId}/{runId} parameter from: an instant without format date-time",
                        "GET /a/{tenantId}/{runId} parameter checkedAt: an instant without format date-time",
                        "GET /a/{tenantId}/{runId} parameter window: an instant without format date-time",
                        "GET /a/{tenantId}/{runId} parameter status: lists its values but has no enum",
                        "GET /a/{tenantId}/{runId} parameter limit: no type"),
                parameters.parametersUnderspecified());
    }

    @Test
    void shouldAcceptParametersWhoseSchemasSayWhatTheyAreFollowingReferences() {
        OpenApiDocument parameters = OpenApiDocument.parse("""
                {"paths": {"/a/{tenantId}": {"get": {"parameters": [
                  {"$ref": "#/components/parameters/TenantId"},
                  {"name": "from", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                  {"name": "status", "in": "query", "description": "`OK`, `LATE` or `ERROR`.",
                   "schema": {"$ref": "#/components/schemas/Status"}},
                  {"name": "cursor", "in": "query", "description": "The `nextCursor`.", "schema": {"type": "string"}},
                  {"name": "limit", "in": "query", "schema": {"type": "integer", "format": "int32"}}]}}},
                 "components": {
                  "parameters": {"TenantId": {"name": "tenantId", "in": "path",
                                              "schema": {"$ref": "#/components/schemas/UUID"}}},
                  "schemas": {"UUID": {"type": "string", "format": "uuid"},
                              "Status": {"enum": ["OK", "LATE", "ERROR"], "type": "string"}}}}
                """);

        assertEquals(List.of(), parameters.parametersUnderspecified());
        assertEquals(List.of("POST /api/a/{id} parameter limit: no type"), document.parametersUnderspecified());
    }

    @Test
    void shouldNameOperationsWithoutAClientError() {
        OpenApiDocument errors = OpenApiDocument.parse("""
                {"paths": {"/a": {"get": {"responses": {"200": {}, "401": {}}},
                                  "post": {"responses": {"200": {}, "503": {}}}}}}
                """);

        assertEquals(List.of("POST /a: no 4xx response"), errors.operationsWithoutClientErrors());
        assertEquals(List.of("POST /a: no 401"), errors.operationsWithout("401"));
    }

    @Test
    void shouldNameOperationsThatDoNotSayWhoMayCallThemOrContradictIt() {
        OpenApiDocument roles = OpenApiDocument.parse("""
                {"paths": {"/a": {
                  "get": {"description": "Reads. Admin or viewer.", "responses": {"200": {}}},
                  "put": {"description": "Changes (admin).", "responses": {"403": {}}},
                  "post": {"description": "Starts (admin).", "responses": {"200": {}}},
                  "patch": {"description": "Reads. Admin or viewer.", "responses": {"403": {}}},
                  "delete": {"description": "Deletes.", "responses": {"403": {}}}}}}
                """);

        assertEquals(List.of("POST /a: for the admin only, yet documents no 403",
                        "PATCH /a: open to the viewer, yet documents 403",
                        "DELETE /a: the description does not say who may call it (admin, or admin or viewer)"),
                roles.rolesUnclear());
    }

    @Test
    void shouldNameErrorsWithoutProblemContentFollowingReferencesAndSparingExemptCodes() {
        assertEquals(List.of("POST /api/a/{id} 409: no application/problem+json content",
                        "POST /api/a/{id} 503: no application/problem+json content"),
                document.errorsWithoutProblemContent(Set.of("401")));
        assertTrue(document.errorsWithoutProblemContent(Set.of()).contains(
                "GET /api/a/{id} 401: no application/problem+json content"));
    }

    @Test
    void shouldNameSuccessesWithTheDefaultDescriptionOrNoContent() {
        assertEquals(List.of("POST /api/a/{id} 200: no description", "POST /api/a/{id} 200: no content"),
                document.successesUndescribed());
    }

    @Test
    void shouldNameObjectSchemasWithoutPropertiesOrWithUndescribedOnesButNotEnumsAndSimpleTypes() {
        assertEquals(List.of("schema Empty: no properties", "schema Half.b: no description"),
                document.schemasUndescribed());
    }

    @Test
    void shouldNamePropertiesWithoutAnExampleOfTheirOwnOrOfTheComponentTheyReferTo() {
        OpenApiDocument examples = OpenApiDocument.parse("""
                {"components": {"schemas": {
                  "Run": {"type": "object", "properties": {
                    "id": {"type": "integer", "format": "int64", "example": 1042},
                    "tenantId": {"type": "string", "format": "uuid"},
                    "state": {"type": "string", "allOf": [{"$ref": "#/components/schemas/State"}]},
                    "estimate": {"$ref": "#/components/schemas/Estimate"},
                    "owner": {"allOf": [{"$ref": "#/components/schemas/Id"}]},
                    "skips": {"type": "array", "items": {"type": "string"}},
                    "codes": {"type": "array", "items": {"type": "string"}, "example": ["timeout"]},
                    "estimates": {"type": "array", "items": {"$ref": "#/components/schemas/Estimate"}},
                    "figures": {"type": "object", "additionalProperties": {"type": "integer"}}}},
                  "Estimate": {"type": "object", "properties": {"minutes": {"type": "number", "example": 12.5}}},
                  "Page": {"type": "object", "properties": {"runs": {"type": "array", "items": {}},
                    "liberty": {"type": "array", "items": {"type": "object"}},
                    "maps": {"type": "array", "items": {"type": "object", "additionalProperties": {}}}}},
                  "State": {"enum": ["ON", "OFF"], "type": "string"},
                  "Id": {"type": "string", "format": "uuid"}}}}
                """);

        assertEquals(List.of("schema Run.tenantId: no example", "schema Run.owner: no example",
                        "schema Run.skips: no example", "schema Run.figures: no example",
                        "schema Page.maps: no example"),
                examples.propertiesWithoutExamples());
    }

    @Test
    void shouldAcceptPropertiesWithExamplesOwnOrReferred() {
        OpenApiDocument examples = OpenApiDocument.parse("""
                {"components": {"schemas": {
                  "Run": {"type": "object", "properties": {
                    "tenantId": {"type": "string", "format": "uuid",
                                 "example": "6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10"},
                    "state": {"type": "string", "allOf": [{"$ref": "#/components/schemas/State"}]},
                    "owner": {"allOf": [{"$ref": "#/components/schemas/Id"}]},
                    "skips": {"type": "array", "items": {"$ref": "#/components/schemas/Id"}},
                    "figures": {"type": "object", "additionalProperties": {"type": "integer"},
                                "example": {"users": 3}}}},
                  "State": {"enum": ["ON", "OFF"], "type": "string"},
                  "Id": {"type": "string", "format": "uuid", "example": "6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10"}}}}
                """);

        assertEquals(List.of(), examples.propertiesWithoutExamples());
    }

    @Test
    void shouldGatherRequestExamplesFollowingReferences() {
        List<JsonValue> examples = document.requestExamples(document.operation("post", "/api/a/{id}"));

        assertEquals(List.of("x", "y"), examples.stream().map(JsonValue::asJsonObject)
                .map(o -> o.containsKey("clientId") ? o.getString("clientId") : o.getString("name")).toList());
    }

    @Test
    void shouldReadDeclaredTagsAndResolveReferences() {
        assertEquals("Tenants.", document.tags().get("tenants"));
        JsonObject notFound = document.resolve(jakarta.json.Json.createObjectBuilder()
                .add("$ref", "#/components/responses/NotFound").build());
        assertEquals("None.", notFound.getString("description"));
    }
}
