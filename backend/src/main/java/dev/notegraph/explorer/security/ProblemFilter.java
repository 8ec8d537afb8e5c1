package dev.notegraph.explorer.security;

import dev.notegraph.explorer.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * A filter that refuses with the API's problems: it runs before any handler, so it hands its refusal to Spring
 * MVC's exception resolvers, which answer it as {@code ApiProblems} does for a controller.
 */
abstract class ProblemFilter extends OncePerRequestFilter {

    private final HandlerExceptionResolver problems;

    ProblemFilter(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    final void refuse(HttpServletRequest request, HttpServletResponse response, ProblemException refusal)
            throws IOException {
        if (problems.resolveException(request, response, null, refusal) == null) {
            response.sendError(refusal.problem().getStatus());
        }
    }
}
