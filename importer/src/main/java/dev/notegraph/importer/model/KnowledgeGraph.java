package dev.notegraph.importer.model;

import java.util.List;

/**
 * Everything the importer writes: the notes with their sections and mentions, and the concept layer derived
 * from all notes together. Produced by the extraction stage, consumed by the writer.
 *
 * @param notes per-note facts, written a group of whole notes per transaction
 * @param concepts the merged concepts, one per idea
 * @param edges typed concept-to-concept relations with evidence
 * @param warnings what the extractor decided that a user should know (cycles broken, merges)
 * @param brokenCycles every prerequisite cycle broken, with the edge dropped, for the study-gap report
 */
public record KnowledgeGraph(
        List<NoteGraph> notes,
        List<ConceptNode> concepts,
        List<ConceptEdge> edges,
        List<String> warnings,
        List<BrokenCycle> brokenCycles) {

    /** A graph with no prerequisite cycle to report. */
    public KnowledgeGraph(
            List<NoteGraph> notes, List<ConceptNode> concepts, List<ConceptEdge> edges, List<String> warnings) {
        this(notes, concepts, edges, warnings, List.of());
    }
}
