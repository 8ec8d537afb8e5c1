package dev.notegraph.importer.corrections;

import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.schema.ConceptIds;
import dev.notegraph.schema.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the concept a correction names, in the analysis before corrections: by id, then by the id the name
 * would get, then by canonical name, then by any alias (all compared normalised). Ids derive from canonical
 * names, so a name finds its concept across re-imports, and the alias fallback still finds it when the notes
 * made another of its names canonical.
 */
final class ConceptResolver {

    // A name two concepts share goes to the better-known one, as search does; the id settles ties.
    private static final Comparator<ConceptNode> PRIORITY =
            Comparator.comparingInt(ConceptNode::mentionCount).reversed().thenComparing(ConceptNode::id);

    private final Map<String, ConceptNode> byId = new HashMap<>();
    private final Map<String, ConceptNode> byName = new HashMap<>();
    private final Map<String, ConceptNode> byAlias = new HashMap<>();

    ConceptResolver(List<ConceptNode> concepts) {
        for (var c : concepts) {
            byId.put(c.id(), c);
            byName.merge(Normalizer.key(c.name()), c, ConceptResolver::better);
            c.aliases().forEach(a -> byAlias.merge(Normalizer.key(a), c, ConceptResolver::better));
        }
    }

    /** The id of the concept that name (or id, or alias) stands for. */
    Optional<String> resolve(String ref) {
        var direct = byId.get(ref);
        if (direct == null) {
            direct = byId.get(ConceptIds.of(ref));
        }
        if (direct == null) {
            var key = Normalizer.key(ref);
            direct = byName.getOrDefault(key, byAlias.get(key));
        }
        return Optional.ofNullable(direct).map(ConceptNode::id);
    }

    private static ConceptNode better(ConceptNode a, ConceptNode b) {
        return PRIORITY.compare(a, b) <= 0 ? a : b;
    }
}
