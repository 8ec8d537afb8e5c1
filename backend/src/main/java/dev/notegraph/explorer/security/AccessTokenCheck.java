package dev.notegraph.explorer.security;

import dev.notegraph.explorer.problem.ProblemException;
import dev.notegraph.explorer.problem.ProblemTypes;
import dev.notegraph.schema.Sha256;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The access token rule for whatever can run arbitrary queries or change the graph (the Cypher console, imports,
 * the MCP server): bound to loopback without a token, it is open (only this machine reaches it); bound anywhere
 * else it needs {@code Authorization: Bearer <token>}, and without a configured token it is closed.
 */
public final class AccessTokenCheck {

    private static final String BEARER = "bearer ";

    private final boolean exposed;
    private final Optional<byte[]> tokenDigest;

    /** @param bindAddress {@code server.address}; null means every interface */
    AccessTokenCheck(InetAddress bindAddress, Optional<String> token) {
        this.exposed = bindAddress == null || !bindAddress.isLoopbackAddress();
        this.tokenDigest = token.map(Sha256::digest);
    }

    /** Passes the request, or throws the 401 or 403 problem to answer. */
    public void require(HttpServletRequest request) {
        if (tokenDigest.isEmpty()) {
            if (exposed) {
                throw new ProblemException(
                        HttpStatus.FORBIDDEN,
                        ProblemTypes.FORBIDDEN,
                        "Access token not configured",
                        "This server listens on a non-loopback address, so the Cypher console, imports and the MCP"
                                + " server need an access token: set explorer.access-token (or"
                                + " EXPLORER_ACCESS_TOKEN) and send 'Authorization: Bearer <token>'.");
            }
            return;
        }
        if (!matches(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            throw new ProblemException(
                    HttpStatus.UNAUTHORIZED,
                    ProblemTypes.UNAUTHORIZED,
                    "Unauthorized",
                    "Send the configured access token as 'Authorization: Bearer <token>'.");
        }
    }

    boolean closed() {
        return exposed && tokenDigest.isEmpty();
    }

    /** Compares digests with {@link MessageDigest#isEqual}: constant time, and equal lengths whatever is sent. */
    private boolean matches(String header) {
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return false;
        }
        var sent = Sha256.digest(header.substring(BEARER.length()).strip());
        return MessageDigest.isEqual(sent, tokenDigest.orElseThrow());
    }
}
