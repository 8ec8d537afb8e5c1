package dev.notegraph.importer.eval;

import java.util.List;
import java.util.Map;

/**
 * One system's scores on a gold standard.
 *
 * @param system what was measured
 * @param conceptRecall share of gold concepts found by one of their forms
 * @param noiseHits noise forms that came back as concepts
 * @param pathShare the headline: share of gold prerequisite pairs [a, b] with a on the study path to b
 * @param pathFocus share of study-path steps (target left out) that share a note with their target, over the
 *     paths to the gold prerequisites' targets
 * @param medianSteps median study-path length (target included) over those targets whose path has a step
 * @param planned how many of those targets have a path with at least one step
 * @param targets how many gold prerequisite targets were found as concepts
 * @param contrastEdges share of contrast pairs with a direct CONTRASTS_WITH edge
 * @param relatedTop10 share of related pairs within the first concept's ten most related
 * @param concepts how many concepts the system produced
 * @param missed gold concepts not found (first form), for diagnosis
 * @param pairOutcomes how many prerequisite pairs each outcome explains, for diagnosis
 */
public record Figures(
        String system,
        double conceptRecall,
        List<String> noiseHits,
        double pathShare,
        double pathFocus,
        double medianSteps,
        int planned,
        int targets,
        double contrastEdges,
        double relatedTop10,
        int concepts,
        List<String> missed,
        Map<PairOutcomes.Outcome, Integer> pairOutcomes) {}
