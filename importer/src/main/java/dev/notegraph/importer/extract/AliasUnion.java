package dev.notegraph.importer.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges alias pairs into concept groups without letting them chain. Notes reuse short names for different
 * ideas ({@code 快照（snapshotting，RDB）} and {@code 关系型数据库（RDB，Relational Database）}), and a plain
 * transitive merge glued such ideas into one concept with dozens of names. A group formed by alias pairs holds
 * one Chinese name and a few Latin ones (a full name and its abbreviation, a spelling variant): a pair that
 * would join two Chinese names, or grow the Latin names past {@link #MAX_LATIN}, is left out. The lexicon's
 * names are trusted and joined first, so a note's stray gloss cannot glue a second idea onto a known one; pairs
 * seen more often are merged next, so the common reading of an ambiguous name wins.
 */
final class AliasUnion {

    static final int MAX_LATIN = 3;

    private record Names(int cjk, int latin) {
        Names plus(Names other) {
            return new Names(cjk + other.cjk, latin + other.latin);
        }
    }

    private final UnionFind groups;
    private final Map<String, Names> names = new HashMap<>();

    AliasUnion(UnionFind groups) {
        this.groups = groups;
    }

    /** Joins the names a trusted list (the lexicon) gives one idea, whatever their number and script. */
    void trust(List<List<String>> known) {
        for (var keys : known) {
            for (int i = 1; i < keys.size(); i++) {
                var ra = groups.find(keys.get(0));
                var rb = groups.find(keys.get(i));
                if (!ra.equals(rb)) {
                    var merged = namesOf(ra).plus(namesOf(rb));
                    groups.union(ra, rb);
                    names.put(groups.find(ra), merged);
                }
            }
        }
    }

    void apply(List<AliasPair> aliases) {
        var counts = new HashMap<List<String>, Integer>();
        for (var a : aliases) {
            var first = Keys.match(a.first());
            var second = Keys.match(a.second());
            if (!first.isEmpty() && !second.isEmpty() && !first.equals(second)) {
                counts.merge(List.of(first, second), 1, Integer::sum);
            }
        }
        counts.entrySet().stream()
                .sorted(Map.Entry.<List<String>, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(e -> String.join("\u0000", e.getKey())))
                .forEach(e -> join(e.getKey().get(0), e.getKey().get(1)));
    }

    private void join(String a, String b) {
        var ra = groups.find(a);
        var rb = groups.find(b);
        if (ra.equals(rb)) {
            return;
        }
        var merged = namesOf(ra).plus(namesOf(rb));
        if (merged.cjk() > 1 || merged.latin() > MAX_LATIN) {
            return;
        }
        groups.union(ra, rb);
        names.put(groups.find(ra), merged);
    }

    private Names namesOf(String root) {
        return names.computeIfAbsent(root, k -> TermFilter.cjkCount(k) > 0 ? new Names(1, 0) : new Names(0, 1));
    }
}
