package dev.notegraph.importer.write;

/**
 * How much the graph holds.
 *
 * @param notes Note nodes
 * @param sections Section nodes
 * @param concepts Concept nodes
 * @param relations concept-to-concept relationships of the {@link dev.notegraph.schema.ConceptRelation} types
 */
public record GraphCounts(long notes, long sections, long concepts, long relations) {}
