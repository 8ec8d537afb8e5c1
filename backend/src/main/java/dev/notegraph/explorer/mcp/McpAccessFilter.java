package dev.notegraph.explorer.mcp;

import dev.notegraph.explorer.problem.ProblemException;
import dev.notegraph.explorer.security.AccessTokenCheck;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The console's access-token rule on the whole MCP endpoint: {@code run_cypher} is the console, and a session
 * that could not call it should not be opened either. Refusals are the API's problems (401 with
 * {@code WWW-Authenticate: Bearer}, or 403), which MCP clients understand as "authorisation needed".
 */
final class McpAccessFilter extends OncePerRequestFilter {

    private final AccessTokenCheck accessToken;
    private final HandlerExceptionResolver problems;

    McpAccessFilter(AccessTokenCheck accessToken, HandlerExceptionResolver problems) {
        this.accessToken = accessToken;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            accessToken.require(request);
        } catch (ProblemException refusal) {
            if (problems.resolveException(request, response, null, refusal) == null) {
                response.sendError(refusal.problem().getStatus());
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
