package dev.notegraph.explorer.problem;

/** A request body over the endpoint's limit: a 413 problem. */
public final class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
