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
    private final Map<String, Double> textScore = new HashMap<>();
    private final TermEvidence evidence;
    private static final double TEXT_CAP = 1.0;

    ConceptMerger(Lexicon lexicon, Map<String, NoteUsage> usage) {
        this.lexicon = lexicon;
        this.evidence = new TermEvidence(usage);
    }

    ConceptTable merge(List<Candidate> candidates, List<AliasPair> aliases) {
        var seen = new HashSet<String>();
        for (var c : candidates) {
            var key = Keys.match(c.form());
            if (key.isEmpty()) {
                continue;
            }
            // a keyword list spells names tersely (Java并发): the prose's spelling names the concept
            spellings
                    .computeIfAbsent(key, k -> new HashMap<>())
                    .merge(c.form().strip(), c.source() == Source.KEYWORD ? 0 : 1, Integer::sum);
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
            evidence.add(key, c);
            groups.add(key);
        }
        textScore.forEach((key, value) -> score.merge(key, value, Double::sum));
        var canonical = new HashMap<String, Lexicon.Entry>();
        var known = new ArrayList<List<String>>();
        for (var entry : lexicon.entries()) {
            var keys = new ArrayList<String>();
            keys.add(Keys.match(entry.name()));
            entry.aliases().forEach(a -> keys.add(Keys.match(a)));
            keys.forEach(k -> canonical.put(k, entry));
            known.add(keys.stream().filter(spellings::containsKey).toList());
        }
        var union = new AliasUnion(groups);
        union.trust(known);
        union.apply(aliases);
        aliases.forEach(a -> aliased.add(Keys.match(a.first())));
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
            if (entry.isEmpty() && !accepted(name, group)) {
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

    /** Whether a group no lexicon knows holds a term: a name glossed in another script (名称（English）) is one. */
    private boolean accepted(String name, List<String> group) {
        return aliased.contains(groups.find(group.get(0)))
                || evidence.shaped(name, group)
                        && !evidence.phraseSeenOnce(name, group)
                        && !evidence.exampleLocal(group);
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
}
