package dev.notegraph.explorer.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A refusal that carries its own status and problem type (401, 403, 429, 504...), answered as that problem.
 * The type is one of {@link ProblemTypes}.
 */
public final class ProblemException extends RuntimeException {

    private final transient ProblemDetail problem;

    public ProblemException(HttpStatus status, URI type, String title, String detail) {
        super(detail);
        this.problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
    }

    public ProblemDetail problem() {
        return problem;
    }
}
