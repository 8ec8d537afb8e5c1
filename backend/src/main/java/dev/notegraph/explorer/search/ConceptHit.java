package dev.notegraph.explorer.search;

import dev.notegraph.explorer.concept.ConceptView;
import java.util.List;

/**
 * A search result: the concept object plus its score (higher is better) and how it matched.
 *
 * @param match {@code exact}, {@code prefix}, {@code fulltext} or {@code contains}
 */
record ConceptHit(
        String id,
        String name,
        List<String> aliases,
        String category,
        long mentionCount,
        long noteCount,
        double score,
        String match) {

    static ConceptHit of(ConceptView c, double score, String match) {
        return new ConceptHit(
                c.id(), c.name(), c.aliases(), c.category(), c.mentionCount(), c.noteCount(), score, match);
    }
}
