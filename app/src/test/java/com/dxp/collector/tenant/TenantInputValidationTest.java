package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TenantInputValidationTest {

    static final String SECRET = "S3CRET-value";
    static ValidatorFactory factory;
    static Validator validator;
    static final EventBridgeSource EVENTS = new EventBridgeSource("123456789012", "eu-central-1", "collector");

    @BeforeAll
    static void open() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    static NewTenant tenant(String name, String clientId, String secret, EventBridgeSource events) {
        return new NewTenant(name, "mypurecloud.de", null, null, clientId, secret, events, null);
    }

    @Test
    void shouldAcceptACompleteTenant() {
        assertTrue(validator.validate(tenant("Acme", "client-1", "secret", EVENTS)).isEmpty());
        assertTrue(validator.validate(tenant("Acme", "client-1", "secret", null)).isEmpty());
    }

    static Stream<Arguments> invalidTenants() {
        return Stream.of(
                Arguments.of("blank name", tenant(" ", "c", SECRET, null), "name"),
                Arguments.of("null name", tenant(null, "c", SECRET, null), "name"),
                Arguments.of("long name", tenant("n".repeat(201), "c", SECRET, null), "name"),
                Arguments.of("control character in name", tenant("a\u0007b", "c", SECRET, null), "name"),
                Arguments.of("blank client id", tenant("n", "", SECRET, null), "clientId"),
                Arguments.of("client id with a space", tenant("n", "a b", SECRET, null), "clientId"),
                Arguments.of("long client id", tenant("n", "c".repeat(201), SECRET, null), "clientId"),
                Arguments.of("no secret", tenant("n", "c", null, null), "clientSecret"),
                Arguments.of("long secret", tenant("n", "c", SECRET.repeat(100), null), "clientSecret"),
                Arguments.of("short account", tenant("n", "c", SECRET,
                        new EventBridgeSource("12345", "eu-central-1", "x")), "eventBridge.awsAccountId"),
                Arguments.of("letters in account", tenant("n", "c", SECRET,
                        new EventBridgeSource("abcdefghijkl", "eu-central-1", "x")), "eventBridge.awsAccountId"),
                Arguments.of("no region", tenant("n", "c", SECRET,
                        new EventBridgeSource("123456789012", null, "x")), "eventBridge.awsRegion"),
                Arguments.of("bad region", tenant("n", "c", SECRET,
                        new EventBridgeSource("123456789012", "Frankfurt", "x")), "eventBridge.awsRegion"),
                Arguments.of("bad suffix", tenant("n", "c", SECRET,
                        new EventBridgeSource("123456789012", "eu-west-1", "a/b")), "eventBridge.eventSourceSuffix"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTenants")
    void shouldRefuseInvalidTenants(String what, NewTenant tenant, String field) {
        Set<ConstraintViolation<NewTenant>> violations = validator.validate(tenant);

        assertEquals(1, violations.size(), violations.toString());
        ConstraintViolation<NewTenant> v = violations.iterator().next();
        assertEquals(field, v.getPropertyPath().toString());
        assertFalse(v.getMessage().contains(SECRET) || v.toString().contains(SECRET), v.toString());
    }

    @Test
    void shouldRequireVersionAndEnabledOnUpdate() {
        TenantUpdate update = new TenantUpdate(null, "n", "mypurecloud.de", null, null, null, null, null);

        assertEquals(2, validator.validate(update).size());
    }
}
