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
 * @param studyPath share of prerequisite pairs whose first concept is on the study path to the second
 * @param meanSteps mean study-path length (target included) over the concepts that have prerequisites
 * @param maxSteps the longest study path
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
        double studyPath,
        double meanSteps,
        int maxSteps,
        List<String> noiseHits,
        int concepts,
        List<String> missed) {}
