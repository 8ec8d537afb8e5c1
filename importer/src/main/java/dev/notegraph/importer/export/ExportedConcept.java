package dev.notegraph.importer.export;

import java.util.List;

/** A concept as every export writes it; text fields are empty, never null, when the concept lacks them. */
record ExportedConcept(
        String id,
        String name,
        List<String> aliases,
        String summary,
        String summaryNote,
        long summaryLine,
        String category,
        long mentionCount,
        long noteCount,
        String topic) {}
