package dev.notegraph.importer;

/** Progress of one import, for progress bars and logs. Every callback defaults to doing nothing. */
public interface ImportListener {

    /** Listens to nothing. */
    ImportListener NONE = new ImportListener() {};

    /** A note file was read and decoded. */
    default void read(String path) {}

    /** A stage begins: "reading", "analyzing", "writing notes", "writing concepts", or "writing the store" (a bulk first import). */
    default void stage(String name) {}

    /** Note writing starts; {@code total} notes will be written. */
    default void started(int total) {}

    /** One note's facts are stored. */
    default void written(String path) {}

    /** The import is over. */
    default void finished(ImportSummary summary) {}
}
