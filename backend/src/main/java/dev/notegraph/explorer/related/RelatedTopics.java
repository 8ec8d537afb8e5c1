package dev.notegraph.explorer.related;

import dev.notegraph.explorer.concept.ConceptView;
import dev.notegraph.explorer.concept.EdgeView;
import dev.notegraph.schema.ConceptRelation;
import dev.notegraph.schema.RelatedScore;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Ranks a concept's neighbours with {@link RelatedScore}: every typed edge between the two contributes, so
 * two concepts that are compared and also discussed together outrank either alone.
 */
@Component
final class RelatedTopics {

    /** Typed, so a popular concept's MENTIONS are never walked: the type list is the enum's, not input. */
    private static final String CONCEPT_RELATIONS = ConceptRelation.typeExpression();

    /** Each type's factor in {@link RelatedScore#of}, so the database ranks with the same weights. */
    private static final Map<String, Object> FACTORS = Arrays.stream(ConceptRelation.values())
            .collect(Collectors.toUnmodifiableMap(Enum::name, type -> RelatedScore.of(type, 1.0)));

    private final Driver driver;

    RelatedTopics(Driver driver) {
        this.driver = driver;
    }

    /**
     * Ranks in the database and ships the winners' edges only: a hub has hundreds of neighbours, and shipping
     * every edge with its evidence to rank them here cost more than the ranking. The Cypher score is
     * {@link RelatedScore}'s noisy-or over the same factors; the answer's scores are recomputed here by it.
     */
    List<RelatedTopic> of(ConceptView concept, int limit) {
        var query =
                """
                MATCH (c:Concept {id: $id})-[r:%s]-(o:Concept)
                WHERE o <> c
                WITH o, r, $factors[type(r)] * coalesce(r.weight, r.confidence, 0.0) AS x
                WITH o, collect(r) AS rs, collect(CASE WHEN x < 0.0 THEN 0.0 WHEN x > 1.0 THEN 1.0 ELSE x END) AS xs
                WITH o, rs, 1.0 - reduce(miss = 1.0, x IN xs | miss * (1.0 - x)) AS score
                ORDER BY score DESC, o.name
                LIMIT $limit
                RETURN o, [r IN rs | {source: startNode(r).id, target: endNode(r).id, type: type(r),
                                      props: properties(r)}] AS edges
                """
                        .formatted(CONCEPT_RELATIONS);
        var params = Map.<String, Object>of("id", concept.id(), "factors", FACTORS, "limit", limit);
        List<Neighbour> neighbours;
        try (var session = driver.session()) {
            neighbours = session.executeRead(tx -> tx.run(query, params).list(RelatedTopics::toNeighbour));
        }
        return neighbours.stream()
                .map(n -> rank(concept, n))
                .sorted(Comparator.comparingDouble(RelatedTopic::score)
                        .reversed()
                        .thenComparing(t -> t.concept().name()))
                .toList();
    }

    private static RelatedTopic rank(ConceptView concept, Neighbour n) {
        var edges = n.edges().stream()
                .sorted(Comparator.comparingDouble(RelatedTopics::contribution).reversed())
                .toList();
        var score = RelatedScore.combine(
                edges.stream().map(RelatedTopics::contribution).collect(Collectors.toList()));
        var reasons = edges.stream()
                .map(e ->
                        Reasons.of(e, concept.id(), concept.name(), n.concept().name()))
                .distinct()
                .toList();
        return new RelatedTopic(n.concept(), score, reasons);
    }

    private static double contribution(EdgeView edge) {
        return ConceptRelation.parse(edge.type())
                .map(type -> RelatedScore.of(type, edge.weight()))
                .orElse(0.0);
    }

    private static Neighbour toNeighbour(Record record) {
        return new Neighbour(
                ConceptView.toConcept(record.get("o")), record.get("edges").asList(EdgeView::toEdge));
    }

    private record Neighbour(ConceptView concept, List<EdgeView> edges) {}
}
