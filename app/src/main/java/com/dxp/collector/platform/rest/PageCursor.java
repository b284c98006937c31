package com.dxp.collector.platform.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The opaque keyset cursor of the read API: the sort key of the last row a page returned, bound to the query that
 * produced it (the tenant and every filter, hashed), so a cursor replayed against another tenant or other filters is
 * refused as a 400 instead of silently skipping rows. It carries no tenant data itself, and every query is scoped
 * to the tenant in the path whatever a cursor says.
 */
public final class PageCursor {

    private static final int MAX_LENGTH = 600;
    private static final Pattern SEPARATOR = Pattern.compile("\n");

    private final String kind;

    /** @param kind what the cursor pages through ("conversations", "users"...); part of every cursor of it */
    public PageCursor(String kind) {
        this.kind = kind;
    }

    /** A cursor positioned after the row whose sort key is {@code key}, for the query named by {@code scope}. */
    public String encode(String scope, String... key) {
        StringBuilder plain = new StringBuilder(kind).append('\n').append(fingerprint(scope));
        for (String part : key) {
            plain.append('\n').append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The sort key a client sent back, checked against this query; a token this API did not return for the same
     * query is a 400.
     */
    public List<String> decode(String token, String scope, int keyParts) {
        String[] parts = null;
        try {
            if (token.length() <= MAX_LENGTH) {
                parts = SEPARATOR.split(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8),
                        -1);
            }
        } catch (IllegalArgumentException e) {
            parts = null;
        }
        if (parts == null || parts.length != keyParts + 2 || !parts[0].equals(kind)) {
            throw ProblemException.badRequest("The cursor is not one this API returned.");
        }
        if (!parts[1].equals(fingerprint(scope))) {
            throw ProblemException.badRequest("The cursor belongs to another query: repeat the request's tenant and"
                    + " filters unchanged when passing its cursor.");
        }
        return List.of(parts).subList(2, parts.length);
    }

    /**
     * Cuts rows read with a limit of {@code limit + 1} into a page: when there was one more row, the page gets a
     * cursor after its last row, whose sort key {@code key} gives.
     */
    public <T> Slice<T> slice(List<T> rows, int limit, String scope, Function<T, String[]> key) {
        if (rows.size() <= limit) {
            return new Slice<>(List.copyOf(rows), null);
        }
        List<T> page = List.copyOf(rows.subList(0, limit));
        return new Slice<>(page, encode(scope, key.apply(page.get(limit - 1))));
    }

    /** The rows of one page and the cursor of the next, absent on the last page. */
    public record Slice<T>(List<T> items, String nextCursor) {
    }

    private static String fingerprint(String scope) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
