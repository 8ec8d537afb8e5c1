package dev.notegraph.importer.export;

import java.util.List;

/** A typed relation between two concepts with its evidence, as every export writes it. */
record ExportedRelation(
        String source,
        String target,
        String type,
        double confidence,
        double weight,
        List<String> methods,
        List<Evidence> evidence) {

    /** Where in the notes the relation comes from. */
    record Evidence(String note, long line, String text) {}
}
