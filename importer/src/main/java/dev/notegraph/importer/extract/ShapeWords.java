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

    /** @param glossed whether the notes gloss the name in another script, which vouches for unknown words in it */
    static boolean clause(String name, List<Term> terms, boolean latinHead, boolean glossed) {
        for (var word : CONTAINS) {
            if (name.contains(word)) {
                return true;
            }
        }
        for (int i = 0; i < terms.size(); i++) {
            if (TOKENS.contains(terms.get(i).word) && !(glossed && fragment(terms, i))) {
                return true;
            }
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

    /**
     * A one-character word next to a single character may be a piece of a word the dictionary lacks (排/他/锁,
     * 按/需/调/页, 信/噪/比) as well as a function word (太/粗): when a gloss vouches for the name, it is the former.
     */
    private static boolean fragment(List<Term> terms, int i) {
        return terms.get(i).word.length() == 1 && (single(terms, i - 1) || single(terms, i + 1));
    }

    private static boolean single(List<Term> terms, int i) {
        return i >= 0
                && i < terms.size()
                && terms.get(i).word.length() == 1
                && TermFilter.isCjk(terms.get(i).word.charAt(0));
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
