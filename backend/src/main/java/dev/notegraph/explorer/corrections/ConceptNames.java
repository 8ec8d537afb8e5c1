package dev.notegraph.explorer.corrections;

import dev.notegraph.schema.Normalizer;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/** The name a correction stores for a concept the API names: by id, or by any of its names as search finds them. */
@Component
final class ConceptNames {

    private final Driver driver;

    ConceptNames(Driver driver) {
        this.driver = driver;
    }

    /** The concept's canonical name, if a concept has that id or name. */
    Optional<String> nameOf(String ref) {
        var query =
                """
                OPTIONAL MATCH (c:Concept {id: $ref})
                OPTIONAL MATCH (:Term {key: $key})-[:NAMES]->(named:Concept)
                RETURN coalesce(c.name, named.name) AS name
                LIMIT 1
                """;
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, Map.of("ref", ref, "key", Normalizer.key(ref))).stream()
                    .map(r -> r.get("name"))
                    .filter(v -> !v.isNull())
                    .map(v -> v.asString())
                    .findFirst());
        }
    }
}
