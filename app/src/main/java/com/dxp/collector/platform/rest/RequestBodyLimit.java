package com.dxp.collector.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * Holds every request body to a size: {@code api.max-body-kb} (64 KiB), or {@code api.max-large-body-mb} (10 MiB)
 * for a {@link LargeBody} operation. A declared {@code Content-Length} over it is refused before anything is read; a
 * body of unknown length is counted as it is read and refused at the first byte too many. Either way the answer is a
 * 413 problem and nothing is written, since the operation never sees a body.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class RequestBodyLimit implements ContainerRequestFilter {

    @Inject
    RestConfig config;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        long limit = method != null && method.isAnnotationPresent(LargeBody.class) ? config.maxLargeBodyBytes()
                : config.maxBodyBytes();
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "Content Too Large", "The request body is larger than the " + limit
                + " bytes this operation takes; nothing was written.");
    }

    /** A stream that fails with {@link #tooLarge} once more than {@code limit} bytes were read. */
    static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
