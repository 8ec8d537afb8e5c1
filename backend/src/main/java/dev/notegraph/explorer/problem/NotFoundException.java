package dev.notegraph.explorer.problem;

/** Something named in the request does not exist: answered as a 404 problem. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
