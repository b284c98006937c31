package com.dxp.collector.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The API accounts and the password check. Passwords are kept only as SHA-256 digests and compared in constant
 * time, so neither the check's timing nor a heap dump gives a configured password away.
 */
public final class Accounts {

    private final List<Stored> accounts;

    private Accounts(List<Stored> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    /**
     * The accounts that can log in: those with a user name and a non-blank password.
     *
     * @throws IllegalArgumentException when two enabled accounts share a user name
     */
    public static Accounts of(Account... configured) {
        List<Stored> stored = new ArrayList<>();
        for (Account a : configured) {
            if (a.username() == null || a.username().isBlank() || a.password() == null || a.password().isBlank()) {
                continue;
            }
            if (stored.stream().anyMatch(s -> s.username().equals(a.username()))) {
                throw new IllegalArgumentException("two API accounts share the user name '" + a.username() + "'");
            }
            stored.add(new Stored(a.username(), digest(a.password()), a.role()));
        }
        return new Accounts(stored);
    }

    /** The role of the account these credentials open, if the user exists and the password matches. */
    public Optional<String> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        byte[] offered = digest(password);
        Optional<String> role = Optional.empty();
        for (Stored s : accounts) {
            // every account is compared, matching or not, so the time taken does not tell which names exist
            boolean matches = MessageDigest.isEqual(s.passwordDigest(), offered) & s.username().equals(username);
            if (matches) {
                role = Optional.of(s.role());
            }
        }
        return role;
    }

    /** User names of the accounts that can log in, for the start-up log. */
    public List<String> enabledUsernames() {
        return accounts.stream().map(Stored::username).toList();
    }

    private static byte[] digest(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * One configured account.
     *
     * @param username the login name
     * @param password the password as configured; {@code null} or blank disables the account
     * @param role     the role it grants
     */
    public record Account(String username, String password, String role) {
        @Override
        public String toString() {
            return "Account[username=" + username + ", role=" + role + "]";
        }
    }

    private record Stored(String username, byte[] passwordDigest, String role) {
    }
}
