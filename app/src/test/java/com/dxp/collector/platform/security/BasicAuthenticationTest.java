package com.dxp.collector.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasicAuthenticationTest {

    @Test
    void shouldReadAUserAndAPasswordThatHoldsColons() {
        assertEquals(Optional.of(new BasicAuthentication.Credentials("admin", "p:a:ss")),
                BasicAuthentication.parse("Basic " + base64("admin:p:a:ss")));
        assertEquals(Optional.of(new BasicAuthentication.Credentials("viewer", "")),
                BasicAuthentication.parse("basic " + base64("viewer:")), "the scheme in any case");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic %%%", "Basic ", "Bearer abc", "Basic YWRtaW4=", "Basic OnNlY3JldA==", "Basic"})
    void shouldTakeAnythingElseAsNoCredentials(String header) {
        assertEquals(Optional.empty(), BasicAuthentication.parse(header));
    }

    @Test
    void shouldRefuseAHeaderLongerThanAnyCredentials() {
        assertEquals(Optional.empty(), BasicAuthentication.parse("Basic " + base64("admin:" + "x".repeat(2000))));
    }

    @Test
    void shouldReadABearerKeyAndNothingElse() {
        assertEquals(Optional.of("dxp_abc"), BasicAuthentication.bearer("Bearer  dxp_abc "));
        assertEquals(Optional.of("dxp_abc"), BasicAuthentication.bearer("bearer dxp_abc"));
        assertEquals(Optional.empty(), BasicAuthentication.bearer("Bearer "));
        assertEquals(Optional.empty(), BasicAuthentication.bearer("Basic YWRtaW46eA=="));
        assertEquals(Optional.empty(), BasicAuthentication.bearer("Bearer " + "x".repeat(2000)));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
