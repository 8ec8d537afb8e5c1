package dev.notegraph.importer.eval;

import dev.notegraph.schema.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Maps a name used in a gold pair to concept ids, through every form the gold file gives that concept. */
final class Resolver {

    private final Map<String, Set<String>> names;
    private final GoldStandard gold;

    Resolver(Map<String, Set<String>> names, GoldStandard gold) {
        this.names = names;
        this.gold = gold;
    }

    Set<String> ids(String name) {
        var key = Normalizer.key(name);
        var out = new HashSet<>(names.getOrDefault(key, Set.of()));
        for (var forms : gold.concepts()) {
            if (forms.stream().anyMatch(f -> Normalizer.key(f).equals(key))) {
                forms.forEach(f -> out.addAll(names.getOrDefault(Normalizer.key(f), Set.of())));
            }
        }
        return out;
    }
}
