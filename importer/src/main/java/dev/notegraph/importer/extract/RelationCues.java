package dev.notegraph.importer.extract;

import dev.notegraph.schema.ConceptRelation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The cue phrases of {@code relation-cues.tsv}, one pattern per kind, and each kind's confidence per relation. */
final class RelationCues {

    private static final Map<String, List<String>> PHRASES = new HashMap<>();
    private static final Map<String, Double> WEIGHTS = new HashMap<>();

    static {
        for (var row : WordList.rows("relation-cues.tsv")) {
            switch (row.get(0)) {
                case "cue" ->
                    PHRASES.computeIfAbsent(row.get(1), k -> new ArrayList<>()).add(row.get(2));
                case "weight" -> WEIGHTS.put(row.get(1) + '/' + row.get(2), Double.parseDouble(row.get(3)));
                default -> throw new IllegalStateException("relation-cues.tsv: unknown row " + row.get(0));
            }
        }
    }

    private RelationCues() {}

    /** The cues of these kinds in file order (put 依赖于 before 依赖); never matches when the file has none. */
    static Pattern of(String... kinds) {
        var all = new ArrayList<String>();
        for (var kind : kinds) {
            all.addAll(PHRASES.getOrDefault(kind, List.of()));
        }
        return Pattern.compile(all.isEmpty() ? "(?!)" : String.join("|", all));
    }

    /** What a cue of this kind is worth for this relation; 0 when the file gives no weight (no edge). */
    static double weight(String kind, ConceptRelation relation) {
        return WEIGHTS.getOrDefault(kind + '/' + relation.name(), 0.0);
    }
}
