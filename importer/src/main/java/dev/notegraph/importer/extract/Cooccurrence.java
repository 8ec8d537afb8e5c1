package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.Evidence;
import dev.notegraph.schema.ConceptRelation;
import it.unimi.dsi.fastutil.longs.Long2IntMaps;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RELATED_TO from section co-occurrence, weighted by normalised PMI; only each concept's top-k partners are
 * kept, so a large corpus does not produce all pairs.
 */
final class Cooccurrence {

    private static final int TOP_K = 12;
    private static final int MAX_PER_SECTION = 40;

    private final List<ConceptTable.Concept> concepts;
    // pair key (a < b) to sections together and to the first section seen; evidence is made only for the kept
    // pairs. Primitive maps: a large corpus meets millions of pairs, and boxed keys made this the hottest loop.
    private final Long2IntOpenHashMap together = new Long2IntOpenHashMap();
    private final Long2IntOpenHashMap firstSeen = new Long2IntOpenHashMap();
    private final List<SectionMentions> seen = new ArrayList<>();
    private final Map<Integer, Integer> alone = new HashMap<>();

    Cooccurrence(List<ConceptTable.Concept> concepts) {
        this.concepts = concepts;
    }

    void add(SectionMentions section) {
        var ids = section.mentions().keySet().stream()
                .limit(MAX_PER_SECTION)
                .mapToInt(Integer::intValue)
                .toArray();
        if (ids.length == 0) {
            return;
        }
        int index = seen.size();
        seen.add(section);
        for (int i = 0; i < ids.length; i++) {
            alone.merge(ids[i], 1, Integer::sum);
            for (int j = i + 1; j < ids.length; j++) {
                long pair = key(ids[i], ids[j]);
                if (together.addTo(pair, 1) == 0) {
                    firstSeen.put(pair, index);
                }
            }
        }
    }

    /** A kept pair, a < b, with where they meet. */
    record Kept(int a, int b, Evidence evidence) {}

    /** Emits the kept RELATED_TO edges and returns their pairs. */
    List<Kept> emit(EdgeCollector edges) {
        int minCount = seen.size() > 2000 ? 2 : 1;
        var best = new HashMap<Integer, List<Map.Entry<Long, Double>>>();
        Long2IntMaps.fastForEach(together, meeting -> {
            int count = meeting.getIntValue();
            if (count < minCount) {
                return;
            }
            long pair = meeting.getLongKey();
            int a = first(pair);
            int b = second(pair);
            int rarer = Math.min(alone.get(a), alone.get(b));
            // Pantel and Lin's discount: a pair met once, or with a concept met once, says little
            double discount = count / (count + 1.0) * rarer / (rarer + 1.0);
            double npmi = npmi(count, alone.get(a), alone.get(b)) * discount;
            if (npmi > 0.03) {
                var entry = Map.entry(pair, npmi);
                best.computeIfAbsent(a, k -> new ArrayList<>()).add(entry);
                best.computeIfAbsent(b, k -> new ArrayList<>()).add(entry);
            }
        });
        var kept = new HashMap<Long, Double>();
        best.values().forEach(list -> list.stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(TOP_K)
                .forEach(e -> kept.put(e.getKey(), e.getValue())));
        var pairs = new ArrayList<Kept>();
        kept.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int a = first(e.getKey());
            int b = second(e.getKey());
            var evidence = evidence(seen.get(firstSeen.get((long) e.getKey())), b);
            edges.add(
                    ConceptRelation.RELATED_TO,
                    concepts.get(a).id(),
                    concepts.get(b).id(),
                    e.getValue(),
                    "npmi",
                    evidence);
            edges.weigh(
                    ConceptRelation.RELATED_TO,
                    concepts.get(a).id(),
                    concepts.get(b).id(),
                    e.getValue());
            pairs.add(new Kept(a, b, evidence));
        });
        return pairs;
    }

    private static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private static int first(long key) {
        return (int) (key >>> 32);
    }

    private static int second(long key) {
        return (int) key;
    }

    private static Evidence evidence(SectionMentions section, int concept) {
        var m = section.mentions().get(concept);
        return new Evidence(section.note(), m.line(), m.text());
    }

    private double npmi(int both, int a, int b) {
        double n = seen.size();
        double pxy = both / n;
        if (pxy >= 1.0) {
            return 1.0;
        }
        return Math.log(pxy / ((a / n) * (b / n))) / -Math.log(pxy);
    }
}
