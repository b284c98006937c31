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
    @ValueSource(strings = {"Basic %%%", "Basic ", "Bearer abc", "Basic YWRtaW4=", "Basic OnNlY3JldA==", "Basic",
        "Basic  YWRtaW46eA==", "Basic YWRtaW46eA== ", "Basic YWRtaW46eA", "Basic YWRtaW46eA=\u0000",
        "Basic\tYWRtaW46eA==", "Basic YWRt aW46eA==", "Basic YWRtaW46-_==", "Basic ===="})
    void shouldTakeAnythingElseAsNoCredentials(String header) {
        assertEquals(Optional.empty(), BasicAuthentication.parse(header));
    }

    @Test
    void shouldAcceptOnlyWhatTheContainerCanDecodeAgain() {
        // Liberty decodes an accepted "Basic " header once more for its audit: a length divisible by 4, nothing but
        // the base64 alphabet, and a colon after the first byte, or it fails with an empty 401 or a 500
        String header = "Basic " + base64("ä:ü");
        assertEquals(Optional.of(new BasicAuthentication.Credentials("ä", "ü")), BasicAuthentication.parse(header));
        assertEquals(0, header.substring(6).length() % 4);
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
