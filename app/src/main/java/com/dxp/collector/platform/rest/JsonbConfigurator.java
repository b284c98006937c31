package com.dxp.collector.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbDateFormat;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * The JSON-B settings of the whole API, in one place: absent values are left out rather than written as
 * {@code null}, and {@code java.time} values use ISO-8601, instants always in UTC with milliseconds
 * ({@code 2026-05-13T00:12:03.550Z}, {@link MillisecondInstants}); whole numbers are read exactly, never narrowed
 * ({@link WholeNumbers}), and texts and flags only from JSON strings and true/false ({@link StrictValues}).
 */
@Provider
public class JsonbConfigurator implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(config());

    static JsonbConfig config() {
        return new JsonbConfig()
                .withNullValues(false)
                .withDateFormat(JsonbDateFormat.DEFAULT_FORMAT, Locale.ROOT)
                .withSerializers(new MillisecondInstants())
                .withDeserializers(new WholeNumbers.Ints(), new WholeNumbers.Longs(), new StrictValues.Texts(),
                        new StrictValues.Flags())
                .withFormatting(false);
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
