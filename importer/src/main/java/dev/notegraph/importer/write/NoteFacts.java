package dev.notegraph.importer.write;

import dev.notegraph.importer.model.NoteGraph;

/**
 * A note's facts with their digest, computed once: the importer compares it with the stored one and the writer
 * stores it.
 *
 * @param note what is written for the note
 * @param hash {@link GraphWriter#factsHash} of {@code note}
 */
public record NoteFacts(NoteGraph note, String hash) {

    public static NoteFacts of(NoteGraph note) {
        return new NoteFacts(note, GraphWriter.factsHash(note));
    }
}
