package dev.notegraph.schema;

/** Node labels of the notes graph, shared by the importer, the backend and the migrations. */
public final class Labels {

    /** A Markdown note: {@code {id, path, title, sha256, bytes, importedAt}}. */
    public static final String NOTE = "Note";

    /**
     * A heading of a note (level 0 is the note itself): {@code {id, noteId, heading, level, line, endLine,
     * order}}.
     */
    public static final String SECTION = "Section";

    /**
     * One idea, under all its names: {@code {id, name, aliases, aliasText, summary, summaryNote, summaryLine,
     * category, mentionCount, noteCount}}.
     */
    public static final String CONCEPT = "Concept";

    /** A normalised name or alias ({@link Normalizer#key(String)}) that points at its concept. */
    public static final String TERM = "Term";

    private Labels() {}
}
