package dev.notegraph.importer.corrections;

import java.nio.file.Path;

/** The corrections file does not parse, so it is not written over: the learner's file holds more than we read. */
public final class CorrectionsUnreadableException extends RuntimeException {

    private final transient Path file;

    public CorrectionsUnreadableException(Path file, String reason) {
        super("The corrections file " + file + " cannot be read (" + reason
                + "); fix it by hand first, it is not written over.");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
