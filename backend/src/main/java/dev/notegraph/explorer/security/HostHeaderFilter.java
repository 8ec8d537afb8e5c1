package dev.notegraph.explorer.security;

import dev.notegraph.explorer.problem.ProblemException;
import dev.notegraph.explorer.problem.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The DNS-rebinding guard: a page on {@code evil.example} that rebinds its name to 127.0.0.1 reaches a
 * loopback server as "same origin", but its requests still say {@code Host: evil.example}. A filter rather
 * than an interceptor, so static files, actuator and error pages are covered too.
 */
final class HostHeaderFilter extends ProblemFilter {

    private final AllowedHosts allowed;

    HostHeaderFilter(AllowedHosts allowed, HandlerExceptionResolver problems) {
        super(problems);
        this.allowed = allowed;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var host = request.getHeader(HttpHeaders.HOST);
        // No Host at all is HTTP/1.0 from a local tool; browsers, the rebinding vector, always send one.
        if (host == null || allowed.permits(host)) {
            chain.doFilter(request, response);
            return;
        }
        var refusal = new ProblemException(
                HttpStatus.FORBIDDEN,
                ProblemTypes.HOST_NOT_ALLOWED,
                "Host not allowed",
                "This server only answers requests addressed to localhost or a host listed in"
                        + " explorer.allowed-hosts.");
        refuse(request, response, refusal);
    }
}
