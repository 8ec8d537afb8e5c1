package dev.notegraph.explorer.studypath;

import dev.notegraph.explorer.concept.ConceptView;
import dev.notegraph.explorer.concept.EdgeView;
import dev.notegraph.explorer.concept.GraphViews;
import dev.notegraph.schema.ConceptRelation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** A shortest chain of concept relations between two concepts, read in either direction. */
@Component
final class ConceptPaths {

    private final Driver driver;

    ConceptPaths(Driver driver) {
        this.driver = driver;
    }

    /** The path, or empty when none of at most 6 hops exists. */
    Optional<GraphViews> shortest(ConceptView from, ConceptView to) {
        if (from.id().equals(to.id())) {
            return Optional.of(new GraphViews(List.of(from), List.of()));
        }
        var query =
                """
                MATCH (a:Concept {id: $from}), (b:Concept {id: $to})
                MATCH p = shortestPath((a)-[*..6]-(b))
                WHERE all(r IN relationships(p) WHERE type(r) IN $types)
                RETURN nodes(p) AS nodes,
                       [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id,
                                                 type: type(r), props: properties(r)}] AS edges
                """;
        var params = Map.<String, Object>of("from", from.id(), "to", to.id(), "types", ConceptRelation.names());
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(query, params).stream().findFirst().map(ConceptPaths::toPath));
        }
    }

    private static GraphViews toPath(Record record) {
        return new GraphViews(
                record.get("nodes").asList(ConceptView::toConcept),
                record.get("edges").asList(EdgeView::toEdge));
    }
}
