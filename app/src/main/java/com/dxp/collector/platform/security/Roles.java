package com.dxp.collector.platform.security;

/**
 * The roles of the API: {@code admin} may do everything, {@code viewer} may only read, and {@code reader} (a read
 * key, not a person) may only read the tenant read API of the tenants its key names.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String VIEWER = "viewer";
    public static final String READER = "reader";

    private Roles() {
    }
}
