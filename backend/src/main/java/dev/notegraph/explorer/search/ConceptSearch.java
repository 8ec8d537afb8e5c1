package dev.notegraph.explorer.search;

import dev.notegraph.explorer.concept.ConceptView;
import dev.notegraph.schema.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Component;

/**
 * Finds concepts by any of their names in four tiers: exact normalised key, key prefix, CJK-aware
 * full text, key infix (only when the others leave room). Tiers have disjoint score bands (exact 3, prefix 2..3, full text 1..2,
 * infix 0..1), so an exact match always ranks first, whatever the full-text score says.
 */
@Component
final class ConceptSearch {

    private final Driver driver;

    ConceptSearch(Driver driver) {
        this.driver = driver;
    }

    List<ConceptHit> search(String text, int limit) {
        var key = Normalizer.key(text);
        if (key.isEmpty()) {
            return List.of();
        }
        var best = new LinkedHashMap<String, ConceptHit>();
        try (var session = driver.session()) {
            session.executeRead(tx -> prefixMatches(tx, key, limit)).forEach(hit -> keep(best, hit));
        }
        // A query Lucene refuses fails its transaction, so full text runs in its own.
        try (var session = driver.session()) {
            session.executeRead(tx -> fullText(tx, text, limit)).forEach(hit -> keep(best, hit));
        } catch (ClientException e) {
            // Text the analyzer cannot use (only stop words, say) is no match, not an error.
        }
        // Infix hits score below every other tier, so they can only reach the answer when the other tiers
        // left room; the infix scan reads the whole text index, the costliest step of a search.
        if (best.size() < limit) {
            try (var session = driver.session()) {
                session.executeRead(tx -> infixMatches(tx, key, limit)).forEach(hit -> keep(best, hit));
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(ConceptHit::score)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(ConceptHit::mentionCount)
                                .reversed())
                        .thenComparing(ConceptHit::id))
                .limit(limit)
                .toList();
    }

    private static void keep(Map<String, ConceptHit> best, ConceptHit hit) {
        best.merge(hit.id(), hit, (a, b) -> a.score() >= b.score() ? a : b);
    }

    /** Exact and prefix matches on Term keys, a seek in the key's range index; a shorter key is closer. */
    private static List<ConceptHit> prefixMatches(TransactionContext tx, String key, int limit) {
        var query =
                """
                MATCH (t:Term) USING RANGE INDEX t:Term(key)
                WHERE t.key STARTS WITH $key
                MATCH (t)-[:NAMES]->(c:Concept)
                WITH c, max(CASE WHEN t.key = $key THEN 3.0
                                 ELSE 2.0 + toFloat(size($key)) / size(t.key) END) AS score
                RETURN c, score
                ORDER BY score DESC, c.mentionCount DESC
                LIMIT $limit
                """;
        return tx.run(query, Map.of("key", key, "limit", limit)).list(ConceptSearch::toKeyHit);
    }

    /**
     * Infix matches on Term keys (single CJK characters, "wait" in "time-wait"). The hint is needed: {@code key}
     * also has the unique constraint's range index, and Neo4j 5.26 has been seen to plan CONTAINS against that
     * one and then fail at run time ("STRING_CONTAINS ... not allowed for a RANGE index").
     */
    private static List<ConceptHit> infixMatches(TransactionContext tx, String key, int limit) {
        var query =
                """
                MATCH (t:Term) USING TEXT INDEX t:Term(key)
                WHERE t.key CONTAINS $key AND NOT t.key STARTS WITH $key
                MATCH (t)-[:NAMES]->(c:Concept)
                WITH c, max(toFloat(size($key)) / size(t.key)) AS score
                RETURN c, score
                ORDER BY score DESC, c.mentionCount DESC
                LIMIT $limit
                """;
        return tx.run(query, Map.of("key", key, "limit", limit)).list(ConceptSearch::toKeyHit);
    }

    private static ConceptHit toKeyHit(Record record) {
        var score = record.get("score").asDouble();
        var match = score >= 3.0 ? "exact" : score >= 2.0 ? "prefix" : "contains";
        return ConceptHit.of(ConceptView.toConcept(record.get("c")), score, match);
    }

    /** Lucene scores are unbounded; {@code s / (1 + s)} folds them into the full-text band 1..2. */
    private static List<ConceptHit> fullText(TransactionContext tx, String text, int limit) {
        var query =
                """
                CALL db.index.fulltext.queryNodes('concept_names', $query, {limit: $limit})
                YIELD node, score
                RETURN node AS c, 1.0 + score / (1.0 + score) AS score
                """;
        var lucene = LuceneQueries.literal(text);
        if (lucene.isBlank()) {
            return List.of();
        }
        return tx.run(query, Map.of("query", lucene, "limit", limit))
                .list(r -> ConceptHit.of(
                        ConceptView.toConcept(r.get("c")), r.get("score").asDouble(), "fulltext"));
    }
}
