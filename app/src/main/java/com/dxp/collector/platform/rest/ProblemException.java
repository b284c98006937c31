package com.dxp.collector.platform.rest;

/**
 * A failure the client should see as it is: a status and a detail written for the client (so it must never
 * contain a secret). Features throw it; {@link ProblemExceptionMapper} turns it into a problem document.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;

    public ProblemException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    /** 400: the request cannot be served as sent. */
    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail);
    }

    /** 404: the named thing does not exist (or is not visible to the caller). */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
