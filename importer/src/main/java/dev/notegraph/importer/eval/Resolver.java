package dev.notegraph.importer.eval;

import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.schema.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a name used in the gold labels to concept ids: through the concepts' names and aliases, and through every
 * form the gold file gives that concept, after the one normalisation search uses.
 */
final class Resolver {

    private final Map<String, Set<String>> names = new HashMap<>();
    private final GoldStandard gold;

    Resolver(List<ConceptNode> concepts, GoldStandard gold) {
        this.gold = gold;
        concepts.forEach(c -> {
            add(c.name(), c.id());
            c.aliases().forEach(a -> add(a, c.id()));
        });
    }

    /** Whether some concept is named or aliased by this form. */
    boolean named(String form) {
        return names.containsKey(Normalizer.key(form));
    }

    Set<String> ids(String name) {
        var key = Normalizer.key(name);
        var out = new HashSet<>(names.getOrDefault(key, Set.of()));
        for (var concept : gold.concepts()) {
            if (concept.names().stream().anyMatch(f -> Normalizer.key(f).equals(key))) {
                concept.names().forEach(f -> out.addAll(names.getOrDefault(Normalizer.key(f), Set.of())));
            }
        }
        return out;
    }

    /** Every (a, b) id pair a labelled pair can mean. */
    Set<List<String>> idPairs(GoldStandard.Label pair) {
        var out = new HashSet<List<String>>();
        for (var a : ids(pair.first())) {
            for (var b : ids(pair.second())) {
                if (!a.equals(b)) {
                    out.add(List.of(a, b));
                }
            }
        }
        return out;
    }

    private void add(String form, String id) {
        names.computeIfAbsent(Normalizer.key(form), k -> new HashSet<>()).add(id);
    }
}
