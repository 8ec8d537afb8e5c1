package dev.notegraph.importer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds concept forms in a line in one pass (leftmost-longest), on text folded like {@link Keys#match(String)};
 * Latin forms must stand as whole words, so {@code poll} is not found inside {@code epoll}.
 */
final class FormTrie {

    record Hit(int concept, int start, int end) {}

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        int concept = -1;
    }

    private final Node root = new Node();

    FormTrie(Map<String, Integer> byKey) {
        byKey.forEach((key, concept) -> {
            if (key.length() >= 2 || TermFilter.cjkCount(key) == 0 && !key.isEmpty()) {
                var node = root;
                for (int i = 0; i < key.length(); i++) {
                    node = node.next.computeIfAbsent(key.charAt(i), c -> new Node());
                }
                node.concept = concept;
            }
        });
    }

    /** Hits with offsets into the original line. */
    List<Hit> find(String line) {
        var folded = new StringBuilder(line.length());
        var origin = new int[line.length() * 2 + 8];
        for (int i = 0; i < line.length(); i++) {
            var f = Keys.foldAt(line, i);
            for (int j = 0; j < f.length(); j++) {
                if (folded.length() == origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[folded.length()] = i;
                folded.append(f.charAt(j));
            }
        }
        var hits = new ArrayList<Hit>();
        int i = 0;
        while (i < folded.length()) {
            var node = root;
            int best = -1;
            int bestConcept = -1;
            for (int j = i; j < folded.length(); j++) {
                node = node.next.get(folded.charAt(j));
                if (node == null) {
                    break;
                }
                if (node.concept >= 0 && boundary(line, origin[i], origin[j])) {
                    best = j;
                    bestConcept = node.concept;
                }
            }
            if (best >= 0) {
                hits.add(new Hit(bestConcept, origin[i], origin[best] + 1));
                i = best + 1;
            } else {
                i++;
            }
        }
        return hits;
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
