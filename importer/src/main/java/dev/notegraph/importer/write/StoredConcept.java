package dev.notegraph.importer.write;

import java.util.List;

/**
 * A concept as the graph stores it, named the way the API names concepts.
 *
 * @param id stable concept id
 * @param name display name
 * @param aliases other names
 */
public record StoredConcept(String id, String name, List<String> aliases) {}
