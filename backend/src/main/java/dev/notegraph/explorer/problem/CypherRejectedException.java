package dev.notegraph.explorer.problem;

/** A console query that writes, administers, fails to parse or runs too long: a 400 problem. */
public final class CypherRejectedException extends RuntimeException {

    public CypherRejectedException(String message) {
        super(message);
    }
}
