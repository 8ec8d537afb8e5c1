package dev.notegraph.importer.extract;

import dev.notegraph.schema.ConceptIds;
import dev.notegraph.schema.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups candidate forms into concepts (same spelling key, alias pairs, lexicon entries), keeps the groups
 * with enough evidence and picks a canonical name deterministically.
 */
final class ConceptMerger {

    static final double ACCEPT = 2.0;
    private static final java.util.regex.Pattern DUNDER = java.util.regex.Pattern.compile("__[A-Za-z]\\w*__");
    private static final double KNOWN_BONUS = 1.5;

    private final Lexicon lexicon;
    private final Map<String, Double> score = new HashMap<>();
    private final Map<String, Map<String, Integer>> spellings = new HashMap<>();
    private final UnionFind groups = new UnionFind();
    private final Set<String> aliased = new HashSet<>();
    private final Map<String, Set<String>> places = new HashMap<>();
    private final Map<String, Double> textScore = new HashMap<>();
    private final Map<String, Set<String>> markedPlaces = new HashMap<>();
    private final Set<String> defined = new HashSet<>();
    private final Set<String> headings = new HashSet<>();
    private static final double TEXT_CAP = 1.0;
    private static final int LONG_PHRASE = 4;

    ConceptMerger(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    ConceptTable merge(List<Candidate> candidates, List<AliasPair> aliases) {
        var seen = new HashSet<String>();
        for (var c : candidates) {
            var key = Keys.match(c.form());
            if (key.isEmpty()) {
                continue;
            }
            spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(c.form().strip(), 1, Integer::sum);
            // a special method (__new__) is always a name of its own: each line that discusses it counts
            var where = DUNDER.matcher(c.form()).matches() ? c.section() + ":" + c.line() : String.valueOf(c.section());
            if (seen.add(key + '\u0000' + c.note() + '\u0000' + where + '\u0000' + c.source())) {
                if (c.source() == Source.TEXT) {
                    // prose nouns only support a term; alone they are too often ordinary words
                    textScore.merge(key, c.source().score(), (a, b) -> Math.min(TEXT_CAP, a + b));
                } else {
                    score.merge(key, c.source().score(), Double::sum);
                }
            }
            remember(places, key, c);
            if (c.source().marks()) {
                remember(markedPlaces, key, c);
            }
            if (c.source() == Source.DEFINED) {
                defined.add(key);
            }
            if (c.source() == Source.HEADING) {
                headings.add(key);
            }
            groups.add(key);
        }
        textScore.forEach((key, value) -> score.merge(key, value, Double::sum));
        new AliasUnion(groups).apply(aliases);
        aliases.forEach(a -> aliased.add(Keys.match(a.first())));
        var canonical = new HashMap<String, Lexicon.Entry>();
        for (var entry : lexicon.entries()) {
            var keys = new ArrayList<String>();
            keys.add(Keys.match(entry.name()));
            entry.aliases().forEach(a -> keys.add(Keys.match(a)));
            keys.forEach(k -> canonical.put(k, entry));
            var present = keys.stream().filter(spellings::containsKey).toList();
            for (int i = 1; i < present.size(); i++) {
                groups.union(present.get(0), present.get(i));
            }
        }
        return build(canonical);
    }

    private ConceptTable build(Map<String, Lexicon.Entry> canonical) {
        var roots = new HashSet<String>();
        aliased.forEach(k -> roots.add(groups.find(k)));
        aliased.clear();
        aliased.addAll(roots);
        var members = new TreeMap<String, List<String>>();
        for (var key : spellings.keySet()) {
            members.computeIfAbsent(groups.find(key), k -> new ArrayList<>()).add(key);
        }
        var concepts = new LinkedHashMap<String, ConceptTable.Concept>();
        var byKey = new HashMap<String, Integer>();
        for (var group : members.values()) {
            var entry =
                    group.stream().map(canonical::get).filter(e -> e != null).findFirst();
            double total =
                    group.stream().mapToDouble(k -> score.getOrDefault(k, 0.0)).sum()
                            + (entry.isPresent() ? KNOWN_BONUS : 0);
            if (total < ACCEPT) {
                continue;
            }
            group.sort(Comparator.comparingDouble((String k) -> -score.getOrDefault(k, 0.0))
                    .thenComparing(String::length)
                    .thenComparing(k -> k));
            var name = entry.map(Lexicon.Entry::name).orElseGet(() -> display(group.get(0)));
            if (entry.isEmpty() && !aliased.contains(groups.find(group.get(0))) && !shaped(name, group)) {
                continue;
            }
            if (entry.isEmpty() && !aliased.contains(groups.find(group.get(0))) && phraseSeenOnce(name, group)) {
                continue;
            }
            var forms = new ArrayList<String>();
            group.forEach(k -> forms.addAll(spellingsOf(k)));
            entry.ifPresent(e -> forms.addAll(e.aliases()));
            var concept = new ConceptTable.Concept(
                    ConceptIds.of(name),
                    name,
                    aliasesOf(name, forms),
                    entry.map(Lexicon.Entry::category).orElse(""));
            if (concepts.putIfAbsent(concept.id(), concept) == null) {
                int index = concepts.size() - 1;
                group.forEach(k -> byKey.put(k, index));
                entry.ifPresent(e -> e.aliases().forEach(a -> byKey.putIfAbsent(Keys.match(a), index)));
                byKey.putIfAbsent(Keys.match(name), index);
            }
        }
        return new ConceptTable(List.copyOf(concepts.values()), Map.copyOf(byKey));
    }

    private List<String> spellingsOf(String key) {
        return spellings.get(key).entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private String display(String key) {
        return spellingsOf(key).get(0);
    }

    private static List<String> aliasesOf(String name, List<String> forms) {
        Set<String> keys = new HashSet<>();
        keys.add(Normalizer.key(name));
        var out = new ArrayList<String>();
        for (var form : forms) {
            if (keys.add(Normalizer.key(form))) {
                out.add(form);
            }
        }
        return List.copyOf(out);
    }

    private static long lines(Map<String, Set<String>> seen, List<String> group) {
        return group.stream()
                .flatMap(k -> seen.getOrDefault(k, Set.of()).stream())
                .distinct()
                .count();
    }

    /** Notes the line a form was seen on; two lines are all the rules ask, and a huge note must not cost more. */
    private static void remember(Map<String, Set<String>> lines, String key, Candidate c) {
        var seen = lines.computeIfAbsent(key, k -> new HashSet<>(2));
        if (seen.size() < 2) {
            seen.add(c.note() + '\u0000' + c.line());
        }
    }

    /**
     * A name the notes define, make a heading of, or mark (bold, a label) and use again on another line only has to
     * be no clause; the tagger's noun-phrase test is for names with less evidence, as it fails on technical words
     * it does not know (三次握手 reads as 三/m 次/q 握手/v).
     */
    private boolean shaped(String name, List<String> group) {
        boolean marked = group.stream().anyMatch(markedPlaces::containsKey);
        if (TermShape.notANoun(name) && group.stream().noneMatch(defined::contains)) {
            return false;
        }
        boolean strong = group.stream().anyMatch(defined::contains)
                || group.stream().anyMatch(headings::contains)
                || marked && lines(places, group) >= 2;
        return strong ? TermShape.notClause(name) : TermShape.ok(name);
    }

    /**
     * A long Chinese phrase met in one place only is more often a heading's or bold line's wording (综上所述,
     * 降级平台能力) than a term: a term is used again, or defined where it is met.
     */
    private boolean phraseSeenOnce(String name, List<String> group) {
        if (TermFilter.cjkCount(name) < LONG_PHRASE || group.stream().anyMatch(defined::contains)) {
            return false;
        }
        return group.stream()
                        .mapToInt(k -> places.getOrDefault(k, Set.of()).size())
                        .sum()
                < 2;
    }
}
