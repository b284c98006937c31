package com.dxp.collector.platform.rest;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every answer of the application, the container's own error pages included (the filter runs on the
 * error dispatch too): {@code Cache-Control: no-store}, since answers carry tenant data and nothing in between should
 * keep them; {@code X-Content-Type-Options: nosniff}, so a browser never runs a JSON answer as something else; a
 * strict {@code Content-Security-Policy} for the console's pages; and, on HTTPS, {@code Strict-Transport-Security},
 * so a browser that once came over HTTPS never falls back to HTTP.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ApiResponseHeaders extends HttpFilter {

    /**
     * What a page of this application may load and run: its own files only, no inline script or style, no frames
     * around it, forms and requests to itself alone (the console is static files and ES modules on the same origin).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none';"
            + " frame-ancestors 'none'";
    /** One year, the usual HSTS lifetime. */
    static final String HSTS = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!response.isCommitted()) {
            apply(request, response);
        }
        chain.doFilter(request, response);
    }

    /** Sets the headers; for answers written before any filter runs (a refused login). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
