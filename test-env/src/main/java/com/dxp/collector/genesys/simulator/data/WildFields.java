package com.dxp.collector.genesys.simulator.data;

import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a wild org writes into one JSON object beyond its tidy fields: fields the tidy model never carries
 * (unknown properties, {@code externalTag}, {@code wrapUpNote}), values it cannot hold (numbers beyond a long)
 * and tidy fields it leaves out. Tidy objects carry {@link #NONE}, which writes nothing.
 *
 * @param added   fields written after the tidy ones, in order; a tidy field of the same name is not written
 * @param omitted tidy fields left out
 */
record WildFields(Map<String, JsonValue> added, Set<String> omitted) {

    static final WildFields NONE = new WildFields(Map.of(), Set.of());

    WildFields {
        added = Collections.unmodifiableMap(new LinkedHashMap<>(added));
        omitted = Collections.unmodifiableSet(new LinkedHashSet<>(omitted));
    }

    /** Whether the tidy writer must leave the field {@code name} to these fields. */
    boolean covers(String name) {
        return (!added.isEmpty() && added.containsKey(name)) || (!omitted.isEmpty() && omitted.contains(name));
    }

    WildFields adding(String name, JsonValue value) {
        Map<String, JsonValue> more = new LinkedHashMap<>(added);
        more.put(name, value);
        return new WildFields(more, omitted);
    }

    WildFields omitting(String name) {
        Set<String> more = new LinkedHashSet<>(omitted);
        more.add(name);
        return new WildFields(added, more);
    }

    void writeTo(JsonGenerator out) {
        added.forEach(out::write);
    }
}
