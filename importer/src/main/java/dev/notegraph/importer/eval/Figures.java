package dev.notegraph.importer.eval;

import java.util.List;

/**
 * One system's scores on a gold standard.
 *
 * @param system what was measured
 * @param conceptRecall share of gold concepts found
 * @param prerequisiteOrder share of prerequisite pairs in study order
 * @param contrastEdges share of contrast pairs with a direct edge
 * @param relatedTop10 share of related pairs within the top 10
 * @param noiseHits noise forms that came back as concepts
 * @param concepts how many concepts the system produced
 * @param missed gold concepts not found (first form), for diagnosis
 */
public record Figures(
        String system,
        double conceptRecall,
        double prerequisiteOrder,
        double contrastEdges,
        double relatedTop10,
        List<String> noiseHits,
        int concepts,
        List<String> missed) {}
