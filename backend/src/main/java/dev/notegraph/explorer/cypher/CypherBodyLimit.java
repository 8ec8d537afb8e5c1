package dev.notegraph.explorer.cypher;

import dev.notegraph.explorer.problem.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Refuses request bodies over 64 KB on every path: no endpoint takes more, and a bigger body is a mistake or an
 * attack. Content-Length is not trusted to be there (chunked bodies have none), so the body is read here with a
 * hard stop and handed on from memory. Every path, because URI prefixes can be dodged by encodings
 * ({@code /api/%63ypher}) that Spring MVC still routes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class CypherBodyLimit extends OncePerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;

    private final ObjectMapper json;

    CypherBodyLimit(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            refuse(request, response);
            return;
        }
        var body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, "Request bodies are limited to " + MAX_BYTES + " bytes");
        problem.setType(ProblemTypes.PAYLOAD_TOO_LARGE);
        problem.setTitle("Request too large");
        problem.setInstance(URI.create(request.getRequestURI()));
        // Tomcat would otherwise keep reading (swallowing) the rest of a huge body on this connection.
        response.setHeader("Connection", "close");
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
