package dev.notegraph.importer.extract;

import dev.notegraph.importer.parse.InlineSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Terms a note defines: {@code **令牌桶算法**是一种限流算法}, {@code 时间轮（TimingWheel）是一种…}. A definition is
 * the strongest sign that a name is a concept, whether or not any list knows it.
 */
final class Definitions {

    private static final String TRANSLATION = "\\s*(?:[（(][^（()）]{1,40}[)）])?\\s*";
    private static final Pattern LEADING_TRANSLATION = Pattern.compile("^" + TRANSLATION);
    private static final Pattern PLAIN;
    private static final List<String> MARKED_CUES;
    private static final List<String> NAMING_CUES;
    private static final Pattern SO_CALLED;
    private static final Pattern NAMED;

    static {
        var rows = WordList.rows("definitions.tsv");
        MARKED_CUES = cues(rows, "marked");
        NAMING_CUES = cues(rows, "names");
        PLAIN = Pattern.compile("^([A-Za-z][\\w.+#\\-]*(?: [A-Za-z][\\w.+#\\-]*)?|[A-Za-z]*\\s?\\p{IsHan}{2,8})"
                + TRANSLATION + "(?:" + String.join("|", cues(rows, "plain")) + ")");
        // after 所谓 the writer has announced a term: its end is the first cue, even a short one (所谓X，就是…)
        SO_CALLED = Pattern.compile(
                "^(?:" + String.join("|", cues(rows, "opener")) + ")\\s*[“\"「]?([^，,。：:“”\"「」]{2,16}?)[”\"」]?"
                        + TRANSLATION + "[，,]?\\s*(?:" + String.join("|", cues(rows, "so-called")) + ")");
        // a name given in passing (…的对象叫做描述器。): the name runs from the cue to the clause's end, so a cue
        // followed by more of the sentence (称为一个整体来看) names nothing
        NAMED = Pattern.compile("(?:" + String.join("|", cues(rows, "given")) + ")[“\"「]?("
                + "[A-Za-z][\\w.+#\\-]*(?: [A-Za-z][\\w.+#\\-]*){0,3}|\\p{IsHan}{2,8})[”\"」]?"
                + TRANSLATION + "(?=[，,。；;：:！!？?]|$)");
    }

    private Definitions() {}

    /** The terms this paragraph or list item defines; {@code marked} are the line's bold and code spans. */
    static List<String> find(String text, List<InlineSpan> marked) {
        var out = new ArrayList<String>();
        var lead = text.stripLeading();
        for (var span : marked) {
            var term = span.text().strip();
            if (!term.isEmpty() && lead.startsWith(term) && definedAfter(lead.substring(term.length()))) {
                out.add(term);
            }
        }
        var soCalled = SO_CALLED.matcher(lead);
        var plain = PLAIN.matcher(lead);
        if (out.isEmpty() && soCalled.find()) {
            out.add(soCalled.group(1).strip());
        } else if (out.isEmpty() && plain.find()) {
            out.add(plain.group(1).strip());
        }
        var named = NAMED.matcher(lead);
        while (named.find()) {
            out.add(named.group(1).strip());
        }
        return out;
    }

    /** Whether the rest of a sentence after a term, past a bracketed translation, opens with a definition cue. */
    static boolean definedAfter(String rest) {
        var m = LEADING_TRANSLATION.matcher(rest);
        var after = m.find() ? rest.substring(m.end()) : rest;
        return MARKED_CUES.stream().anyMatch(after::startsWith);
    }

    /** Whether a sentence part ends with a cue that names the term after it (…就是, …称为). */
    static boolean namesNext(String before) {
        return NAMING_CUES.stream().anyMatch(before::endsWith);
    }

    private static List<String> cues(List<List<String>> rows, String kind) {
        return rows.stream()
                .filter(r -> r.get(0).equals(kind))
                .map(r -> r.get(1))
                .sorted((a, b) -> b.length() - a.length())
                .map(c -> kind.equals("marked") || kind.equals("names") ? c : Pattern.quote(c))
                .collect(Collectors.toList());
    }
}
