package com.dxp.collector.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountsTest {

    private final Accounts accounts = Accounts.of(
            new Accounts.Account("admin", "a-secret", Roles.ADMIN),
            new Accounts.Account("viewer", "v-secret", Roles.VIEWER));

    @Test
    void shouldGrantTheRoleOfTheAccountWhosePasswordMatches() {
        assertEquals(Optional.of(Roles.ADMIN), accounts.authenticate("admin", "a-secret"));
        assertEquals(Optional.of(Roles.VIEWER), accounts.authenticate("viewer", "v-secret"));
    }

    @Test
    void shouldRefuseAWrongPasswordAnotherAccountsPasswordOrAnUnknownUser() {
        assertEquals(Optional.empty(), accounts.authenticate("admin", "wrong"));
        assertEquals(Optional.empty(), accounts.authenticate("admin", "v-secret"));
        assertEquals(Optional.empty(), accounts.authenticate("nobody", "a-secret"));
        assertEquals(Optional.empty(), accounts.authenticate(null, null));
    }

    @Test
    void shouldDisableAnAccountWithoutPassword() {
        Accounts onlyAdmin = Accounts.of(
                new Accounts.Account("admin", "a-secret", Roles.ADMIN),
                new Accounts.Account("viewer", " ", Roles.VIEWER));

        assertEquals(List.of("admin"), onlyAdmin.enabledUsernames());
        assertEquals(Optional.empty(), onlyAdmin.authenticate("viewer", " "));
    }

    @Test
    void shouldRefuseTwoAccountsWithTheSameName() {
        assertThrows(IllegalArgumentException.class, () -> Accounts.of(
                new Accounts.Account("ops", "one", Roles.ADMIN),
                new Accounts.Account("ops", "two", Roles.VIEWER)));
    }

    @Test
    void shouldNeverPrintAPassword() {
        assertFalse(new Accounts.Account("admin", "a-secret", Roles.ADMIN).toString().contains("a-secret"));
    }
}
