package com.dxp.collector.platform;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.UnaryOperator;

/**
 * Who sends a request in a test: a name for reports and what it adds to the request to say who it is (its
 * {@code Authorization} header, or nothing). Kept apart from {@link CollectorApi.Account} so that callers the
 * server does not have yet (a read key scoped to one tenant, a key of another tenant) or headers no account would
 * send (the fuzz tests' malformed credentials) are one line each.
 */
public record Caller(String name, UnaryOperator<HttpRequest.Builder> authorize) {

    /** No {@code Authorization} header at all. */
    public static Caller anonymous() {
        return new Caller("anonymous", request -> request);
    }

    /** One of the test server's accounts, by HTTP Basic; {@code NOBODY} is {@link #anonymous()}. */
    public static Caller of(CollectorApi.Account account) {
        if (account.username == null) {
            return anonymous();
        }
        return basic(account.username, account.username, account.password);
    }

    /** HTTP Basic with these credentials, well formed. */
    public static Caller basic(String name, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return authorization(name, "Basic " + token);
    }

    /** Exactly this {@code Authorization} header, however malformed. */
    public static Caller authorization(String name, String header) {
        return new Caller(name, request -> request.header("Authorization", header));
    }

    @Override
    public String toString() {
        return name;
    }
}
