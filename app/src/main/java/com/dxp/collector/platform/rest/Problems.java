package com.dxp.collector.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a failure into the problem document the client sees. Kept apart from the JAX-RS mappers so the rules
 * (which failures are the client's, what may be shown) are plain functions, tested without a server.
 */
public final class Problems {

    /** A parameter annotation as the runtime's message prints it: {@code QueryParam("limit")} or (value=limit). */
    private static final Pattern PARAMETER = Pattern.compile(
            "(Query|Path|Header|Matrix|Cookie|Form)Param\\(\"?(?:value=)?\"?([^\")]+)\"?\\)");

    private static final Pattern PROPERTY = Pattern.compile("property '([^']{1,100})'");

    static final String ABOUT_BLANK = "about:blank";

    private Problems() {
    }

    /** A problem whose detail the caller words (an answer given outside JAX-RS, such as a refused login). */
    public static ProblemDetail of(int status, String title, String detail, String instance, String correlationId) {
        return new ProblemDetail(ABOUT_BLANK, title, status, detail, instance, correlationId, null);
    }

    /** A problem for an HTTP status the framework already decided (404, 405, 415, 401, 403...). */
    public static ProblemDetail ofStatus(int status, String reason, String instance, String correlationId) {
        String title = reason == null || reason.isBlank() ? "HTTP " + status : reason;
        return new ProblemDetail(ABOUT_BLANK, title, status, detailForStatus(status), instance, correlationId, null);
    }

    /**
     * The 400 for a query, path or header parameter whose value the runtime could not convert ({@code limit=abc}),
     * which JAX-RS answers 404 as if nothing were there; empty for any other failure.
     *
     * @param message the runtime's message, which names the parameter's annotation
     * @param cause   what the conversion threw; none means it is a true 404
     */
    public static Optional<ProblemDetail> ofUnconvertibleParameter(String message, Throwable cause, String instance,
                                                                   String correlationId) {
        if (cause == null || message == null) {
            return Optional.empty();
        }
        Matcher m = PARAMETER.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        String kind = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return Optional.of(new ProblemDetail(ABOUT_BLANK, "Bad Request", 400, "The " + kind + " parameter '"
                + printable(m.group(2), 100) + "' has a value of the wrong type (a number is a whole number of digits,"
                + " a flag true or false).", instance, correlationId, List.of(new ProblemDetail.FieldError(
                        printable(m.group(2), 100), "has a value of the wrong type"))));
    }

    /**
     * The {@link ProblemException} a failure is or was caused by (one thrown while a body was read arrives wrapped
     * by the runtime), or null.
     */
    public static ProblemException problemIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException p) {
                return p;
            }
        }
        return null;
    }

    /** A problem for Bean Validation failures: 400 naming every offending field. */
    public static ProblemDetail ofViolations(ConstraintViolationException e, String instance, String correlationId) {
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        Set<ConstraintViolation<?>> violations = e.getConstraintViolations();
        if (violations != null) {
            for (ConstraintViolation<?> v : violations) {
                errors.add(new ProblemDetail.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
            }
        }
        errors.sort(Comparator.comparing(ProblemDetail.FieldError::field)
                .thenComparing(ProblemDetail.FieldError::message));
        return new ProblemDetail(ABOUT_BLANK, "Bad Request", 400, "The request has invalid fields.", instance,
                correlationId, errors);
    }

    /**
     * A problem for any other failure: a {@link ProblemException} as it says; 400 when the request body could not
     * be read as JSON; otherwise 500 with a detail that reveals nothing (the cause goes to the server log under
     * the correlation id).
     */
    public static ProblemDetail ofFailure(Throwable failure, String instance, String correlationId) {
        ProblemException p = problemIn(failure);
        if (p != null) {
            return new ProblemDetail(ABOUT_BLANK, p.title(), p.status(), p.getMessage(), instance, correlationId,
                    null);
        }
        if (isUnreadableBody(failure)) {
            return new ProblemDetail(ABOUT_BLANK, "Bad Request", 400, unreadableBody(failure), instance,
                    correlationId, null);
        }
        return new ProblemDetail(ABOUT_BLANK, "Internal Server Error", 500,
                "The server failed to handle the request; quote the correlation id when reporting it.",
                instance, correlationId, null);
    }

    /**
     * True when the failure (or one of its causes) is a JSON syntax or binding error of the request body. A JSON-B
     * error raised while writing the response (from {@code toJson} or a body writer's {@code writeTo}) is the
     * server's failure, not the client's: a stored value the answer cannot carry once turned every page holding it
     * into a 400.
     */
    public static boolean isUnreadableBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                return !writingResponse(t);
            }
        }
        return false;
    }

    /**
     * Why a body could not be read: a date or time that is not an ISO-8601 instant, or a number its field cannot hold
     * exactly, is said to be one (naming the property where JSON-B names it), as a client cannot guess that from "not
     * valid JSON".
     */
    private static String unreadableBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WholeNumbers.NotAWholeNumberException n) {
                String property = property(failure);
                return "The number " + (property == null ? "" : "of '" + property + "' ") + "'"
                        + printable(n.value(), 64) + "' in the request body is not a whole number within the range of"
                        + " its field (" + n.type() + ").";
            }
            if (t instanceof StrictValues.WrongTypeException w) {
                String property = property(failure);
                return "The value " + (property == null ? "" : "of '" + property + "' ") + "in the request body is"
                        + " not " + w.expected() + ".";
            }
            if (t instanceof DateTimeParseException bad) {
                String property = property(failure);
                return "The date-time " + (property == null ? "" : "of '" + property + "' ") + "'"
                        + printable(bad.getParsedString(), 64) + "' in the request body is not an ISO-8601 instant"
                        + " such as 2026-05-01T00:00:00Z.";
            }
        }
        return "The request body is not valid JSON for this endpoint.";
    }

    /** The property JSON-B names in its message ("Unable to deserialize property 'from' because of ..."). */
    private static String property(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
            if (m != null && m.find()) {
                return printable(m.group(1), 64);
            }
        }
        return null;
    }

    /** What a caller sent, fit for a message or a log line: control characters as '?', cut at {@code max}. */
    static String printable(String text, int max) {
        String cut = text == null ? "" : text.length() > max ? text.substring(0, max) + "\u2026" : text;
        return cut.codePoints().map(c -> Character.isISOControl(c) ? '?' : c).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static boolean writingResponse(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getMethodName().equals("toJson") || frame.getMethodName().equals("writeTo")) {
                return true;
            }
        }
        return false;
    }

    private static String detailForStatus(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "Authentication is required.";
            case 403 -> "Your role does not allow this operation.";
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the accepted media types can be produced.";
            case 415 -> "This media type is not supported here; send application/json.";
            default -> status >= 500 ? "The server failed to handle the request." : "The request was refused.";
        };
    }

    /**
     * A readable field name: the method node of a parameter path ({@code addNote.note.text}) is dropped, so the
     * client sees the parameter and property ({@code note.text}). Parameter names come from {@code -parameters}.
     */
    static String fieldName(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            String name = node.getName();
            if (name != null) {
                parts.add(node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name);
            }
        }
        return parts.isEmpty() ? "request" : String.join(".", parts);
    }
}
