package dev.notegraph.explorer.gaps;

import dev.notegraph.explorer.concept.ConceptView;
import dev.notegraph.explorer.concept.EdgeView;
import java.util.List;

/**
 * What the notes leave unexplained or unconnected, each list capped at the request's limit, largest gaps first.
 *
 * @param undefined concepts the notes use but never explain (no defining sentence), most mentioned first
 * @param isolated concepts with no relation to any other concept, most mentioned first
 * @param unlinkedTopics topic pairs that share notes but no edge, most shared notes first
 * @param brokenCycles each prerequisite cycle the importer broke, with the edge it dropped, strongest drop first
 * @param totals how many items each list has before the cap
 */
record GapReport(
        List<Undefined> undefined,
        List<ConceptView> isolated,
        List<UnlinkedTopics> unlinkedTopics,
        List<BrokenCycle> brokenCycles,
        Totals totals) {

    /** @param mentions how often the notes use it; @param notes in how many notes */
    record Undefined(ConceptView concept, long mentions, long notes) {}

    /**
     * @param a topic id (the smaller)
     * @param b topic id
     * @param sharedNotes notes that mention concepts of both
     * @param notes some of those notes' paths
     */
    record UnlinkedTopics(String a, String b, String aLabel, String bLabel, long sharedNotes, List<String> notes) {}

    /**
     * @param dropped the prerequisite edge left out, with its evidence
     * @param cycle concept ids from the dropped edge's target along kept prerequisites back to its source
     * @param concepts the same concepts, for their names
     */
    record BrokenCycle(EdgeView dropped, List<String> cycle, List<ConceptView> concepts) {}

    record Totals(long undefined, long isolated, long unlinkedTopics, long brokenCycles) {}
}
