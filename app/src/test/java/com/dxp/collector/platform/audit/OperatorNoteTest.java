package com.dxp.collector.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperatorNoteTest {

    @Test
    void shouldTakeLinesOfAnyScriptWithTabs() {
        assertEquals(0, violations("paused backfill of Zoë's org 🎧\n\tuntil 14:00\r\n株式会社"));
    }

    @Test
    void shouldJudgeALongNoteWithoutOverflowingTheStack() {
        assertEquals(1, violations("m".repeat(2001)), "too long, and only that");
        assertEquals(0, violations("line\n".repeat(400)));
    }

    /** PostgreSQL refuses NUL in text (a 500 there); the rest would hide what a note says. */
    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "evil\u202Etxt", "a\uD800", "\uDC00b", "esc\u001B[2J"})
    void shouldRefuseOtherControlFormatAndLoneSurrogateCharacters(String text) {
        assertEquals(1, violations(text));
    }

    private static int violations(String text) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            return validator.validate(new OperatorNote(text, null)).size();
        }
    }
}
