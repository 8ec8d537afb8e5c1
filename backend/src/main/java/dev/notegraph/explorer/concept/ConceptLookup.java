package dev.notegraph.explorer.concept;

import dev.notegraph.explorer.problem.NotFoundException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** Finds concepts by id, for every feature that answers with concept objects. */
@Component
public final class ConceptLookup {

    private final Driver driver;

    ConceptLookup(Driver driver) {
        this.driver = driver;
    }

    /** The concept with that id, if any. */
    public Optional<ConceptView> find(String id) {
        var query = """
                MATCH (c:Concept {id: $id})
                RETURN c
                """;
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(query, Map.of("id", id)).stream().findFirst().map(ConceptLookup::toConcept));
        }
    }

    /** The concept with that id, or a 404 naming the parameter. */
    public ConceptView require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("No concept with id '" + id + "'"));
    }

    /** The concepts with those ids that exist, keyed by id in the given order. */
    public Map<String, ConceptView> findAll(Collection<String> ids) {
        var query =
                """
                MATCH (c:Concept) WHERE c.id IN $ids
                RETURN c
                """;
        List<ConceptView> found;
        try (var session = driver.session()) {
            found = session.executeRead(tx -> tx.run(query, Map.of("ids", List.copyOf(ids))).stream()
                    .map(ConceptLookup::toConcept)
                    .toList());
        }
        var byId = new LinkedHashMap<String, ConceptView>();
        ids.forEach(
                id -> found.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> byId.put(id, c)));
        return byId;
    }

    private static ConceptView toConcept(Record record) {
        return ConceptView.toConcept(record.get("c"));
    }
}
