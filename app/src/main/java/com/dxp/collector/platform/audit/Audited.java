package com.dxp.collector.platform.audit;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an admin operation whose success is recorded in the audit trail by {@link AuditedRequestFilter}: who, what
 * ({@link #value()}), on which tenant and target (from the path), with the request's correlation id. For operations
 * whose change is not one transaction with its own audit entry (starting a batch job, a replay, a dry run); the
 * tenant changes audit themselves inside their transaction.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {

    /** The dotted action, such as {@code backfill.started}. */
    String value() default "";

    /**
     * The kind of thing acted on, such as {@code backfill}; its id is the path's {@code runId}, {@code name} or
     * {@code id}, or the last segment of the created resource's {@code Location}.
     */
    String target() default "";
}
