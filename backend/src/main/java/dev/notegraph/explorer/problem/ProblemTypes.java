package dev.notegraph.explorer.problem;

import java.net.URI;

/** Stable problem {@code type} URIs: clients switch on these, so they never change. */
public final class ProblemTypes {

    public static final URI NOT_FOUND = URI.create("https://notegraph.dev/problems/not-found");
    public static final URI BAD_REQUEST = URI.create("https://notegraph.dev/problems/bad-request");
    public static final URI CYPHER_REJECTED = URI.create("https://notegraph.dev/problems/cypher-rejected");
    public static final URI PAYLOAD_TOO_LARGE = URI.create("https://notegraph.dev/problems/payload-too-large");
    public static final URI DATABASE_UNAVAILABLE = URI.create("https://notegraph.dev/problems/database-unavailable");
    public static final URI INTERNAL = URI.create("https://notegraph.dev/problems/internal-error");
    public static final URI UNAUTHORIZED = URI.create("https://notegraph.dev/problems/unauthorized");
    public static final URI FORBIDDEN = URI.create("https://notegraph.dev/problems/forbidden");
    public static final URI CYPHER_TIMEOUT = URI.create("https://notegraph.dev/problems/cypher-timeout");
    public static final URI CYPHER_BUSY = URI.create("https://notegraph.dev/problems/cypher-busy");
    public static final URI HOST_NOT_ALLOWED = URI.create("https://notegraph.dev/problems/host-not-allowed");
    public static final URI IMPORT_RUNNING = URI.create("https://notegraph.dev/problems/import-running");
    public static final URI CORRECTIONS_UNREADABLE =
            URI.create("https://notegraph.dev/problems/corrections-unreadable");

    private ProblemTypes() {}

    /** The type for a status that Spring MVC itself rejected (unknown path, wrong method, bad JSON). */
    static URI forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 503 -> DATABASE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
