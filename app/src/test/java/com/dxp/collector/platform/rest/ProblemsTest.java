package com.dxp.collector.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.dxp.collector.platform.audit.AuditResource;
import com.dxp.collector.platform.audit.OperatorNote;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void shouldAnswerAQueryParameterOfTheWrongTypeWith400NamingIt() {
        ProblemDetail p = Problems.ofUnconvertibleParameter("RESTEASY003870: Unable to extract parameter from http"
                + " request: jakarta.ws.rs.QueryParam(\"limit\") value is 'abc'", new NumberFormatException("abc"),
                "/api/admin/audit", "c1").orElseThrow();

        assertEquals(400, p.status());
        assertEquals("limit", p.errors().get(0).field());
        assertEquals("The query parameter 'limit' has a value of the wrong type (a number is a whole number of"
                + " digits, a flag true or false).", p.detail());
        assertEquals("header", Problems.ofUnconvertibleParameter("@jakarta.ws.rs.HeaderParam(value=X-Limit)",
                new IllegalArgumentException(), null, null).orElseThrow().detail().split(" ")[1]);
    }

    @Test
    void shouldLeaveATrueNotFoundAlone() {
        assertEquals(java.util.Optional.empty(), Problems.ofUnconvertibleParameter("HTTP 404 Not Found", null,
                null, null));
        assertEquals(java.util.Optional.empty(), Problems.ofUnconvertibleParameter("RESTEASY003210: Could not find"
                + " resource for full path", new IllegalStateException(), null, null));
    }

    @Test
    void shouldNameTheParameterAndPropertyOfAnInvalidBody() throws Exception {
        ProblemDetail problem = Problems.ofViolations(violationsOfAddNote(new OperatorNote(" ", null)),
                "/api/admin/audit/notes", "c-1");

        assertEquals(400, problem.status());
        assertEquals(List.of("note.text"), problem.errors().stream().map(ProblemDetail.FieldError::field).toList());
        assertEquals("/api/admin/audit/notes", problem.instance());
        assertEquals("c-1", problem.correlationId());
    }

    @Test
    void shouldNameAMissingBodyByItsParameter() throws Exception {
        ProblemDetail problem = Problems.ofViolations(violationsOfAddNote(null), "/api/admin/audit/notes", "c-1");

        assertEquals(List.of("note"), problem.errors().stream().map(ProblemDetail.FieldError::field).toList());
    }

    @Test
    void shouldMakeUnreadableJsonABadRequest() {
        ProblemDetail problem = Problems.ofFailure(
                new ProcessingException(new JsonbException("Unexpected end of input")), "/api/x", "c-2");

        assertEquals(400, problem.status());
        assertNull(problem.errors());
    }

    @Test
    void shouldSayABadDateInTheBodyIsABadDateNamingItsProperty() {
        ProblemDetail problem = Problems.ofFailure(new ProcessingException(new JsonbException(
                "Unable to deserialize property 'from' because of: Error parsing class java.time.Instant",
                new DateTimeParseException("Text '2026-13-45\n' could not be parsed", "2026-13-45\n", 5))),
                "/api/x", "c-5");

        assertEquals(400, problem.status());
        assertEquals("The date-time of 'from' '2026-13-45?' in the request body is not an ISO-8601 instant such as"
                + " 2026-05-01T00:00:00Z.", problem.detail());
    }

    @Test
    void shouldMakeAJsonBindingErrorOfTheResponseAServerError() {
        ProblemDetail problem = Problems.ofFailure(new ProcessingException(toJson(Double.POSITIVE_INFINITY)),
                "/api/x", "c-4");

        assertEquals(500, problem.status());
    }

    /** Stands for JSON-B writing an answer: the error comes from a method of that name, as Yasson's does. */
    private static JsonbException toJson(double value) {
        return new JsonbException("Unable to serialize " + value);
    }

    @Test
    void shouldHideTheCauseOfAnUnexpectedFailure() {
        ProblemDetail problem = Problems.ofFailure(
                new IllegalStateException("login failed for client secret hunter2"), "/api/x", "c-3");

        assertEquals(500, problem.status());
        assertFalse(problem.detail().contains("hunter2"));
        assertEquals("c-3", problem.correlationId());
    }

    @Test
    void shouldShowAProblemExceptionAsItWasThrown() {
        ProblemDetail problem = Problems.ofFailure(ProblemException.notFound("No audit entry 7."), "/api/x", "c-4");

        assertEquals(404, problem.status());
        assertEquals("Not Found", problem.title());
        assertEquals("No audit entry 7.", problem.detail());
    }

    @Test
    void shouldFallBackToTheStatusCodeWhenTheReasonIsUnknown() {
        ProblemDetail problem = Problems.ofStatus(422, null, "/api/x", "c-5");

        assertEquals("HTTP 422", problem.title());
        assertEquals(422, problem.status());
    }

    private static ConstraintViolationException violationsOfAddNote(OperatorNote note) throws Exception {
        Method addNote = AuditResource.class.getMethod("addNote", OperatorNote.class, SecurityContext.class,
                UriInfo.class);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Set<ConstraintViolation<AuditResource>> violations = factory.getValidator().forExecutables()
                    .validateParameters(new AuditResource(), addNote, new Object[] {note, null, null});
            return new ConstraintViolationException(violations);
        }
    }
}
