package dev.notegraph.importer.model;

import dev.notegraph.schema.ConceptRelation;
import java.util.List;

/**
 * A typed relation between two concepts; symmetric types go from the smaller id to the larger.
 *
 * @param source source concept id
 * @param target target concept id
 * @param type the relation
 * @param confidence 0..1, how sure the extractor is
 * @param weight strength for ranking (NPMI-based for RELATED_TO, else the confidence)
 * @param methods how it was found, for example "heading-tree", "cue:由于", "npmi"
 * @param evidence where in the notes it comes from, strongest first
 */
public record ConceptEdge(
        String source,
        String target,
        ConceptRelation type,
        double confidence,
        double weight,
        List<String> methods,
        List<Evidence> evidence) {}
