package dev.notegraph.importer.write;

import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.schema.Normalizer;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Which concept each normalised name or alias points at, when several concepts claim the same key. */
final class TermKeys {

    // The better-known concept keeps a contested name; the id makes ties independent of input order.
    private static final Comparator<ConceptNode> PRIORITY =
            Comparator.comparingInt(ConceptNode::mentionCount).reversed().thenComparing(ConceptNode::id);

    private TermKeys() {}

    /** Key to concept id, sorted by key; blank names are left out. */
    static Map<String, String> resolve(Iterable<ConceptNode> concepts) {
        var winners = new TreeMap<String, ConceptNode>();
        for (var concept : concepts) {
            Stream.concat(Stream.of(concept.name()), concept.aliases().stream())
                    .map(Normalizer::key)
                    .filter(key -> !key.isEmpty())
                    .forEach(key -> winners.merge(key, concept, TermKeys::better));
        }
        var keys = new TreeMap<String, String>();
        winners.forEach((key, concept) -> keys.put(key, concept.id()));
        return keys;
    }

    private static ConceptNode better(ConceptNode a, ConceptNode b) {
        return PRIORITY.compare(a, b) <= 0 ? a : b;
    }
}
