package dev.notegraph.importer.eval;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.KnowledgeGraph;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scorer needs of a graph: its concepts, its typed edges and the notes that mention each concept.
 *
 * @param concepts every concept
 * @param edges every concept-to-concept edge, with the methods that found it
 * @param notesOf concept id to the paths of the notes that mention it
 */
record EvalGraph(List<ConceptNode> concepts, List<ConceptEdge> edges, Map<String, Set<String>> notesOf) {

    /** The analyzer's graph, before it is written. */
    static EvalGraph of(KnowledgeGraph graph) {
        var notesOf = new HashMap<String, Set<String>>();
        graph.notes().forEach(note -> note.mentions()
                .forEach(m -> notesOf.computeIfAbsent(m.conceptId(), k -> new HashSet<>())
                        .add(note.path())));
        return new EvalGraph(graph.concepts(), graph.edges(), notesOf);
    }

    /** A graph with concepts only, as the keyword baselines produce. */
    static EvalGraph conceptsOnly(List<ConceptNode> concepts) {
        return new EvalGraph(concepts, List.of(), Map.of());
    }
}
