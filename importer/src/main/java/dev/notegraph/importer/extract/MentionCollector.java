package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.Evidence;
import dev.notegraph.importer.parse.ParsedNote;
import dev.notegraph.importer.parse.TextBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds where each concept is mentioned, and the sentences that define one ("X是…", "X指…"). */
final class MentionCollector {

    private static final Pattern DEFINING =
            Pattern.compile("^\\s*[”\"）)]?\\s*(" + WordList.alternation("definitions.tsv", "after-mention") + ")");
    private static final int SNIPPET = 80;

    private final FormTrie trie;
    private final Map<Integer, Evidence> definitions = new HashMap<>();

    MentionCollector(FormTrie trie) {
        this.trie = trie;
    }

    List<SectionMentions> collect(ParsedNote note) {
        var sections = new ArrayList<SectionMentions>();
        note.sections().forEach(s -> sections.add(new SectionMentions(note.path(), s.order())));
        for (var block : note.blocks()) {
            var section = sections.get(note.sectionAt(block.line()).order());
            var text = block.text();
            boolean heading = block.kind() == TextBlock.Kind.HEADING;
            for (var hit : trie.find(text)) {
                section.add(
                        hit.concept(),
                        block.line(),
                        snippet(text, hit.start()),
                        text.substring(hit.start(), hit.end()),
                        heading);
                if (!heading) {
                    definition(note.path(), block.line(), text, hit);
                }
            }
        }
        return sections;
    }

    Map<Integer, Evidence> definitions() {
        return definitions;
    }

    private void definition(String note, int line, String text, FormTrie.Hit hit) {
        boolean clauseStart = hit.start() == 0
                || "，。；：,;:（(“\"".indexOf(text.charAt(hit.start() - 1)) >= 0
                || text.startsWith("所谓", Math.max(0, hit.start() - 2));
        // The cue sits right after the term; copying the whole rest of the line per hit was quadratic (1 MB lines).
        var after = text.substring(hit.end(), Math.min(text.length(), hit.end() + 32));
        if (!clauseStart || !DEFINING.matcher(after).find()) {
            return;
        }
        var sentence = sentence(text, hit.start());
        if (sentence.length() < 8 || sentence.length() > 200) {
            return;
        }
        var candidate = new Evidence(note, line, sentence);
        definitions.merge(hit.concept(), candidate, (a, b) -> a);
    }

    private static String sentence(String text, int from) {
        int start = from;
        while (start > 0 && "。！？!?".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = text.indexOf('。', from);
        return text.substring(start, end < 0 ? text.length() : end + 1).strip();
    }

    static String snippet(String text, int at) {
        int start = Math.max(0, at - SNIPPET / 2);
        int end = Math.min(text.length(), start + SNIPPET);
        return text.substring(start, end);
    }
}
