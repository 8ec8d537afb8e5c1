package dev.notegraph.importer.extract;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds concept forms in a line in one pass (leftmost-longest), on text folded like {@link Keys#match(String)};
 * Latin forms must stand as whole words, so {@code poll} is not found inside {@code epoll}. HanLP's
 * Aho-Corasick automaton reports every form in the line; the longest one standing alone at the leftmost start
 * wins, and the search resumes after it.
 */
final class FormTrie {

    record Hit(int concept, int start, int end) {}

    private record Folded(String text, int[] origin) {}

    private final AhoCorasickDoubleArrayTrie<Integer> forms = new AhoCorasickDoubleArrayTrie<>();
    private final boolean empty;

    FormTrie(Map<String, Integer> byKey) {
        var sorted = new TreeMap<String, Integer>();
        byKey.forEach((key, concept) -> {
            if (key.length() >= 2 || TermFilter.cjkCount(key) == 0 && !key.isEmpty()) {
                sorted.put(key, concept);
            }
        });
        // the automaton cannot be built without a single form
        empty = sorted.isEmpty();
        if (!empty) {
            forms.build(sorted);
        }
    }

    /** Hits with offsets into the original line. */
    List<Hit> find(String line) {
        if (empty) {
            return List.of();
        }
        var folded = fold(line);
        int[] origin = folded.origin();
        int[] longest = new int[folded.text().length()];
        int[] concept = new int[longest.length];
        forms.parseText(folded.text(), (begin, end, value) -> {
            if (end > longest[begin] && boundary(line, origin[begin], origin[end - 1])) {
                longest[begin] = end;
                concept[begin] = value;
            }
        });
        var hits = new ArrayList<Hit>();
        int i = 0;
        while (i < longest.length) {
            if (longest[i] > 0) {
                hits.add(new Hit(concept[i], origin[i], origin[longest[i] - 1] + 1));
                i = longest[i];
            } else {
                i++;
            }
        }
        return hits;
    }

    /** The folded line, with the index in the original line of each folded character. */
    private static Folded fold(String line) {
        var folded = new StringBuilder(line.length());
        var origin = new int[line.length() * 2 + 8];
        for (int i = 0; i < line.length(); i++) {
            var f = Keys.foldAt(line, i);
            for (int j = 0; j < f.length(); j++) {
                if (folded.length() == origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[folded.length()] = i;
                folded.append(f.charAt(j));
            }
        }
        return new Folded(folded.toString(), origin);
    }

    private static boolean boundary(String line, int start, int end) {
        boolean latinStart = isWord(line.charAt(start));
        boolean latinEnd = isWord(line.charAt(end));
        return !(latinStart && start > 0 && isWord(line.charAt(start - 1)))
                && !(latinEnd && end + 1 < line.length() && isWord(line.charAt(end + 1)));
    }

    private static boolean isWord(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
