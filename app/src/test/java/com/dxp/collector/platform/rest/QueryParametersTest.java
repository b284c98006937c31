package com.dxp.collector.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParametersTest {

    @ParameterizedTest
    @ValueSource(strings = {"SECONDS", "seconds", "Seconds", " seconds "})
    void shouldReadAnEnumValueInAnyCase(String value) {
        assertEquals(TimeUnit.SECONDS, QueryParameters.enumValue("unit", value, TimeUnit.class));
    }

    @Test
    void shouldNameTheAllowedValuesOfAnUnknownOneAndTakeAnEmptyOneAsAbsent() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> QueryParameters.enumValue("unit", "fortnights", TimeUnit.class));

        assertEquals(400, refused.status());
        assertTrue(refused.getMessage().startsWith("unit must be one of [NANOSECONDS"), refused.getMessage());
        assertNull(QueryParameters.enumValue("unit", "", TimeUnit.class));
        assertNull(QueryParameters.enumValue("unit", null, TimeUnit.class));
    }

    @Test
    void shouldReadOneOfTheGivenWordsInAnyCaseAsTheListWritesIt() {
        List<String> states = List.of("active", "inactive", "deleted");

        assertEquals("inactive", QueryParameters.oneOf("state", "INACTIVE", states));
        assertThrows(ProblemException.class, () -> QueryParameters.oneOf("state", "gone", states));
        assertNull(QueryParameters.oneOf("state", null, states));
    }
}
