package org.newsgraph.http.web;

/** A request a page cannot answer (no such id, a bad parameter): answered with an HTML page that says why, in the status given. */
final class PageProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    final int status;

    private PageProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static PageProblem notFound(String message) {
        return new PageProblem(404, message);
    }

    static PageProblem badRequest(String message) {
        return new PageProblem(400, message);
    }
}
