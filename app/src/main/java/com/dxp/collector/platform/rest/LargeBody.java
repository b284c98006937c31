package com.dxp.collector.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose request body may be as large as {@code api.max-large-body-mb} (an import of records),
 * where every other body is held to {@code api.max-body-kb} ({@link RequestBodyLimit}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeBody {
}
