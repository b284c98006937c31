package com.dxp.collector.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityConfigTest {

    @Test
    void shouldNameEachAccountWhosePasswordIsTooShortButNeverThePassword() {
        SecurityConfig config = config(Optional.of("short-pass1"), Optional.of("tiny"));

        assertEquals(Optional.of("SECURITY_ADMIN_PASSWORD and SECURITY_VIEWER_PASSWORD must have at least 12"
                + " characters (security.min-password-length)"), config.passwordProblem());
    }

    @Test
    void shouldAcceptLongPasswordsAndAccountsWithout() {
        assertEquals(Optional.empty(), config(Optional.of("twelve-chars"), Optional.empty()).passwordProblem());
        assertEquals(Optional.empty(), config(Optional.empty(), Optional.of("   ")).passwordProblem(),
                "a blank password disables the account; nothing to check");
    }

    private static SecurityConfig config(Optional<String> admin, Optional<String> viewer) {
        SecurityConfig c = new SecurityConfig();
        c.adminUsername = "admin";
        c.viewerUsername = "viewer";
        c.adminPassword = admin;
        c.viewerPassword = viewer;
        c.minPasswordLength = 12;
        return c;
    }
}
