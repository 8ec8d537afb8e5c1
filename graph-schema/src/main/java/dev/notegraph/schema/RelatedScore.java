package dev.notegraph.schema;

import java.util.Collection;

/**
 * How strongly two concepts are related, from the typed edges between them. Shared by the related-topics
 * endpoint and the evaluation, so the figures measure what users see.
 */
public final class RelatedScore {

    private RelatedScore() {}

    /** One edge's contribution in 0..1: its weight scaled by how much its type says about relatedness. */
    public static double of(ConceptRelation type, double weight) {
        var factor =
                switch (type) {
                    case CONTRASTS_WITH, RELATED_TO -> 1.0;
                    case PREREQUISITE_OF -> 0.85;
                    case SUBTOPIC_OF, IS_A -> 0.8;
                    case USES, SOLVES -> 0.75;
                };
        return factor * Math.max(0.0, Math.min(1.0, weight));
    }

    /** Combines contributions as a noisy-or: more independent evidence, higher score, never above 1. */
    public static double combine(Collection<Double> contributions) {
        var miss = 1.0;
        for (var c : contributions) {
            miss *= 1.0 - Math.max(0.0, Math.min(1.0, c));
        }
        return 1.0 - miss;
    }
}
