package dev.notegraph.importer.extract;

import java.util.List;
import java.util.Map;

/**
 * The accepted concepts and the forms that name them.
 *
 * @param concepts by index
 * @param byMatchKey {@link Keys#match(String)} of every form to the concept's index
 */
record ConceptTable(List<Concept> concepts, Map<String, Integer> byMatchKey) {

    /**
     * One accepted concept.
     *
     * @param id stable id of the canonical name
     * @param name canonical name
     * @param aliases other names, one per search key
     * @param category coarse category or empty
     */
    record Concept(String id, String name, List<String> aliases, String category) {}
}
