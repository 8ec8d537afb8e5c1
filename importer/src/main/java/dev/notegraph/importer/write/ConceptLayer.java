package dev.notegraph.importer.write;

import java.util.Map;
import java.util.Set;

/**
 * The concept layer at one moment, small enough to compare before and after an import.
 *
 * @param concepts concepts by id
 * @param relations one key per typed concept relation: start id, type and end id
 */
public record ConceptLayer(Map<String, StoredConcept> concepts, Set<String> relations) {}
