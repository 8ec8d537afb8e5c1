package dev.notegraph.explorer.security;

import dev.notegraph.explorer.problem.ProblemException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The {@link AccessTokenCheck} on whole paths served outside Spring MVC's handlers (the MCP servlet), where the
 * interceptor cannot see them. Refusals are the API's problems: 401 with {@code WWW-Authenticate: Bearer}, or 403.
 */
public final class AccessTokenFilter extends ProblemFilter {

    private final AccessTokenCheck accessToken;

    public AccessTokenFilter(AccessTokenCheck accessToken, HandlerExceptionResolver problems) {
        super(problems);
        this.accessToken = accessToken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            accessToken.require(request);
        } catch (ProblemException refusal) {
            refuse(request, response, refusal);
            return;
        }
        chain.doFilter(request, response);
    }
}
