package org.groundswell.web;

/** A request the server refuses, with the reason the page shows: answered with status 400. */
final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    BadRequest(String reason) {
        this(400, reason);
    }

    /** A refusal with another status: 404 for a session that does not exist, 503 when the server is full. */
    BadRequest(int status, String reason) {
        super(reason);
        this.status = status;
    }

    int status() {
        return status;
    }
}
