package com.dxp.collector.platform.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Holds a JSON request body to being one JSON value, written once: JSON-B reads the first value and ignores what
 * follows it ({@code {"text":"a"} garbage} was taken), keeps the last of duplicated keys (so a body could say two
 * things and the server would pick one), and decodes bytes that are not UTF-8 as U+FFFD. Each of those is a 400
 * naming what is wrong, before anything is bound. Bodies a resource reads as text (an import) are held to the same,
 * since what they hold is stored. A body is at most {@code api.max-body-kb}, an import
 * {@code api.max-large-body-mb} ({@link RequestBodyLimit}), so reading it once more first costs little.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            check(body);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /**
     * Refuses a body that is not UTF-8, holds more than one JSON value, or repeats a key in an object.
     *
     * @throws ProblemException 400 saying which
     */
    static void check(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The request body is not UTF-8.");
        }
        Deque<Set<String>> objects = new ArrayDeque<>();
        int depth = 0;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            boolean first = true;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (depth == 0 && !first) {
                    throw ProblemException.badRequest("The request body holds more than one JSON value.");
                }
                first = false;
                switch (event) {
                    case START_OBJECT -> {
                        objects.push(new HashSet<>());
                        depth++;
                    }
                    case START_ARRAY -> {
                        objects.push(new HashSet<>());
                        depth++;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        objects.pop();
                        depth--;
                    }
                    case KEY_NAME -> {
                        if (!objects.peek().add(parser.getString())) {
                            throw ProblemException.badRequest("The request body repeats the key '"
                                    + Problems.printable(parser.getString(), 64) + "' in one object.");
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (JsonParsingException e) {
            throw ProblemException.badRequest("The request body is not valid JSON: "
                    + Problems.printable(e.getMessage(), 200));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson answers a body nested deeper than it goes (1,000 levels) with a plain RuntimeException
            throw ProblemException.badRequest("The request body is not JSON the collector reads: "
                    + Problems.printable(String.valueOf(e.getMessage()), 200));
        }
    }

    private static boolean isJson(MediaType type) {
        return type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json");
    }
}
