package com.dxp.collector.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Configuration of the REST API as a whole: how large a request body may be. */
@ApplicationScoped
public class RestConfig {

    /** The most a request body may hold, in KiB ({@code api.max-body-kb}). */
    @Inject
    @ConfigProperty(name = "api.max-body-kb")
    int maxBodyKb;

    /** The most the body of a {@link LargeBody} operation may hold, in MiB ({@code api.max-large-body-mb}). */
    @Inject
    @ConfigProperty(name = "api.max-large-body-mb")
    int maxLargeBodyMb;

    public long maxBodyBytes() {
        return Math.max(1, maxBodyKb) * 1024L;
    }

    public long maxLargeBodyBytes() {
        return Math.max(1, maxLargeBodyMb) * 1024L * 1024L;
    }
}
