package dev.notegraph.explorer.notes;

import org.neo4j.driver.Value;

/** What the API says about a note file itself; the summary and the detail both show it, unwrapped. */
record NoteFile(String id, String path, String title, long bytes, String sha256, String importedAt) {

    static NoteFile toNoteFile(Value n) {
        return new NoteFile(
                n.get("id").asString(),
                n.get("path").asString(""),
                n.get("title").asString(""),
                n.get("bytes").asLong(0),
                n.get("sha256").asString(""),
                text(n.get("importedAt")));
    }

    /** importedAt may be stored as a temporal value or as text; either way the API shows ISO-8601 text. */
    private static String text(Value value) {
        return value.isNull() ? "" : String.valueOf(value.asObject());
    }
}
