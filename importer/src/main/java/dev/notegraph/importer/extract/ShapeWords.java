package dev.notegraph.importer.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The clause words of {@code term-shape.tsv}. */
final class ShapeWords {

    /** A verb this frequent in general Chinese opens a clause when an object follows (使用缓存, 创建对象). */
    private static final int COMMON_VERB = 20;

    private static final Set<String> CONTAINS = new HashSet<>();
    private static final Set<String> TOKENS = new HashSet<>();
    private static final Set<String> TAILS = new HashSet<>();
    private static final Set<String> NAME_TAILS = new HashSet<>();
    private static final Set<String> LEADS = new HashSet<>();
    private static final Set<String> HEADS = new HashSet<>();
    private static final Set<String> DEGREES = new HashSet<>();

    static {
        for (var row : WordList.rows("term-shape.tsv")) {
            switch (row.get(0)) {
                case "contains" -> CONTAINS.add(row.get(1));
                case "token" -> TOKENS.add(row.get(1));
                case "tail" -> TAILS.add(row.get(1));
                case "name-tail" -> NAME_TAILS.add(row.get(1));
                case "lead" -> LEADS.add(row.get(1));
                case "head" -> HEADS.add(row.get(1));
                case "degree" -> DEGREES.add(row.get(1));
                default -> throw new IllegalStateException("term-shape.tsv: unknown kind " + row.get(0));
            }
        }
    }

    private ShapeWords() {}

    static boolean clause(String name, List<Term> terms, boolean latinHead) {
        for (var word : CONTAINS) {
            if (name.contains(word)) {
                return true;
            }
        }
        if (terms.stream().anyMatch(t -> TOKENS.contains(t.word))) {
            return true;
        }
        for (int i = 0; i + 1 < terms.size(); i++) {
            if (DEGREES.contains(terms.get(i).word) && terms.get(i + 1).word.length() > 1) {
                return true;
            }
        }
        for (var lead : LEADS) {
            if (name.startsWith(lead) && name.length() > lead.length()) {
                return true;
            }
        }
        return TAILS.stream().anyMatch(name::endsWith)
                || !latinHead && NAME_TAILS.stream().anyMatch(name::endsWith);
    }

    /** A word the tagger calls an adjective that heads a term when it closes one (空指针异常, 负载均衡). */
    static boolean head(String word) {
        return HEADS.contains(word);
    }

    static boolean commonVerb(String word) {
        var attribute = CoreDictionary.get(word);
        return attribute != null && attribute.totalFrequency >= COMMON_VERB;
    }
}
