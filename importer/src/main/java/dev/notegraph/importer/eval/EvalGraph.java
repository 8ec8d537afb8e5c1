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
 * @param notPrerequisites concept id to the ids the learner says are no prerequisite of it (its study path leaves
 *     them out)
 */
record EvalGraph(
        List<ConceptNode> concepts,
        List<ConceptEdge> edges,
        Map<String, Set<String>> notesOf,
        Map<String, Set<String>> notPrerequisites) {

    EvalGraph(List<ConceptNode> concepts, List<ConceptEdge> edges, Map<String, Set<String>> notesOf) {
        this(concepts, edges, notesOf, Map.of());
    }

    /** The analyzer's graph after the learner's corrections. */
    static EvalGraph of(KnowledgeGraph graph, Map<String, List<String>> notPrerequisites) {
        var plain = of(graph);
        var excluded = new HashMap<String, Set<String>>();
        notPrerequisites.forEach((to, from) -> excluded.put(to, Set.copyOf(from)));
        return new EvalGraph(plain.concepts(), plain.edges(), plain.notesOf(), excluded);
    }

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
