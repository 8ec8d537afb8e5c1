package dev.notegraph.explorer.problem;

/** A request parameter is malformed or out of range: answered as a 400 problem. */
public final class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
