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
