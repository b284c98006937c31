package com.dxp.collector.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of the current request: the caller's {@code X-Correlation-Id} when it is a sane token,
 * otherwise a new UUID. Logs, problem documents and audit entries carry it so one request can be followed.
 */
@RequestScoped
public class RequestCorrelation {

    /** Header that carries the id in and out. */
    public static final String HEADER = "X-Correlation-Id";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private String id;

    /** Adopts the caller's id if acceptable (printable, short: it ends up in logs), else makes one. */
    public void begin(String offered) {
        id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    /** The id; made on first use when no filter has run (for example on a request rejected before routing). */
    public String id() {
        if (id == null) {
            begin(null);
        }
        return id;
    }
}
