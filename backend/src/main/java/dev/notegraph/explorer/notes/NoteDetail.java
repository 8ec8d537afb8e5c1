package dev.notegraph.explorer.notes;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.notegraph.explorer.concept.ConceptView;
import java.util.List;

/** A note with its sections in document order, each with the concepts it mentions. */
record NoteDetail(@JsonUnwrapped NoteFile note, List<Section> sections) {

    /** A heading and its own text; level 0 is the note itself. */
    record Section(
            String id,
            long order,
            long level,
            String heading,
            long line,
            long endLine,
            String markdown,
            List<ConceptView> concepts) {}
}
