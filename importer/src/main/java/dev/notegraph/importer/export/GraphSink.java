package dev.notegraph.importer.export;

import java.io.IOException;

/** Writes one export format as the graph streams by: every concept first, then every relation. */
interface GraphSink {

    void begin() throws IOException;

    void concept(ExportedConcept concept) throws IOException;

    /** Called once, after the last concept and before the first relation. */
    void relationsBegin() throws IOException;

    void relation(ExportedRelation relation) throws IOException;

    /** Finishes the document; the caller closes the stream. */
    void end() throws IOException;
}
