package dev.notegraph.importer.extract;

import dev.notegraph.importer.source.NoteSource;
import java.util.List;

/** Parsing and extraction: turns decoded notes into the knowledge graph the writer stores. */
public interface NotesAnalyzer {

    /**
     * Analyses all notes together (concepts merge across notes). A note that fails is reported in
     * {@link Analysis#problems()} and left out of the graph; the others are unaffected.
     */
    Analysis analyze(List<NoteSource> sources);
}
