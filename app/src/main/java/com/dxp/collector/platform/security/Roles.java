package com.dxp.collector.platform.security;

/** The two roles of the API: {@code admin} may do everything, {@code viewer} may only read. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}
