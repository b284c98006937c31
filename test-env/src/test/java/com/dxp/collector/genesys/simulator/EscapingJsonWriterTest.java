package com.dxp.collector.genesys.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What Parsson writes raw comes out escaped; everything else passes through untouched. */
class EscapingJsonWriterTest {

    @Test
    void shouldEscapeControlCharactersAndLoneSurrogatesButNotValidPairs() {
        JsonObject value = Json.createObjectBuilder()
                .add("s", "a\u0000b\u001fc\u007fd\u0085e\ud800f\udfffg\ud83d\ude00h").build();

        String text = EscapingJsonWriter.toJson(value);

        assertEquals("{\"s\":\"a\\u0000b\\u001fc\\u007fd\\u0085e\\ud800f\\udfffg\ud83d\ude00h\"}", text);
        assertEquals(value, Json.createReader(new StringReader(text)).readObject());
    }

    @Test
    void shouldKeepAPairSplitAcrossTwoWritesAndEscapeAHighSurrogateLeftAtTheEnd() throws IOException {
        StringWriter text = new StringWriter();
        try (EscapingJsonWriter out = new EscapingJsonWriter(text)) {
            out.write("x\ud83d");
            out.write("\ude00y\ud800");
            out.write("\"z\ud801");
        }

        assertEquals("x\ud83d\ude00y\\ud800\"z\\ud801", text.toString());
    }

    @Test
    void shouldWriteTidyJsonAsParssonDoes() {
        JsonObject value = Json.createObjectBuilder().add("name", "Jürgen Müller, Köln \t\n").add("n", 12.5)
                .add("list", Json.createArrayBuilder().add(1).add("zwei")).build();

        assertEquals(value.toString(), EscapingJsonWriter.toJson(value));
    }
}
