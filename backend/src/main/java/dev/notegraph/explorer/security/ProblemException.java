package dev.notegraph.explorer.security;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A refusal that carries its own status and problem type (401, 403, 504...), answered as that problem. */
public final class ProblemException extends RuntimeException {

    public static final URI UNAUTHORIZED = URI.create("https://notegraph.dev/problems/unauthorized");
    public static final URI FORBIDDEN = URI.create("https://notegraph.dev/problems/forbidden");
    public static final URI CYPHER_TIMEOUT = URI.create("https://notegraph.dev/problems/cypher-timeout");
    public static final URI CYPHER_BUSY = URI.create("https://notegraph.dev/problems/cypher-busy");

    private final transient ProblemDetail problem;

    public ProblemException(HttpStatus status, URI type, String title, String detail) {
        super(detail);
        this.problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
    }

    ProblemDetail problem() {
        return problem;
    }
}
