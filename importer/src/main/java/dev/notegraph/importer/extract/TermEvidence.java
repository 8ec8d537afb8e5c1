package dev.notegraph.importer.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a note treats a form, beyond its score: whether it defines it, heads a section with it, marks it (bold, a
 * label) and on how many lines it meets it. A name with strong evidence only has to be no clause; the tagger's
 * noun-phrase test is for names with less, as it fails on technical words it does not know (三次握手 reads as
 * 三/m 次/q 握手/v).
 */
final class TermEvidence {

    private static final int LONG_PHRASE = 4;

    private final Map<String, Set<String>> lines = new HashMap<>();
    private final Map<String, Set<String>> markedLines = new HashMap<>();
    private final Set<String> defined = new HashSet<>();
    private final Set<String> headings = new HashSet<>();
    private final Set<String> declaredByExample = new HashSet<>();
    private final Set<String> writtenBeyondExample = new HashSet<>();
    private final Map<String, NoteUsage> usage;

    /** {@code usage} reads each note's text by its path, for how often a note writes a form it marked once. */
    TermEvidence(Map<String, NoteUsage> usage) {
        this.usage = usage;
    }

    void add(String key, Candidate c) {
        remember(lines, key, c);
        if (c.source().marks()) {
            remember(markedLines, key, c);
        }
        if (c.source() == Source.DEFINED) {
            defined.add(key);
        }
        if (c.source() == Source.HEADING) {
            headings.add(key);
        }
        var note = usage.get(c.note());
        (note != null && note.declares(c.form().strip()) ? declaredByExample : writtenBeyondExample).add(key);
    }

    /**
     * Whether a group is a local of example code: every note that writes it declares it in its own code
     * (PersonInfo, internal_id), and the prose names it in passing: on one line, never marked. A note that quotes a
     * library's source to explain it (public interface InvocationHandler) discusses the name line after line.
     */
    boolean exampleLocal(List<String> group) {
        return group.stream().anyMatch(declaredByExample::contains)
                && group.stream().noneMatch(writtenBeyondExample::contains)
                && group.stream().noneMatch(markedLines::containsKey)
                && count(group) < 2;
    }

    /**
     * Whether a group's name reads as a term for the evidence behind it. A single everyday word (执行, 项目) names what
     * a note does or talks about, unless the note defines it.
     */
    boolean shaped(String name, List<String> group) {
        boolean isDefined = group.stream().anyMatch(defined::contains);
        if (TermShape.everydayWord(name) && !isDefined) {
            return false;
        }
        boolean marked = group.stream().anyMatch(markedLines::containsKey);
        boolean strong = isDefined || group.stream().anyMatch(headings::contains) || marked && count(group) >= 2;
        return strong ? TermShape.notClause(name) : TermShape.ok(name);
    }

    /**
     * A long Chinese phrase met on one line only is more often a heading's or bold line's wording (综上所述,
     * 降级平台能力) than a term: a term is used again, or defined where it is met. Used again counts the note's
     * own lines, not only where it was marked: **CPU 缓存模型** is marked once and written on three lines.
     */
    boolean phraseSeenOnce(String name, List<String> group) {
        if (TermFilter.cjkCount(name) < LONG_PHRASE || group.stream().anyMatch(defined::contains)) {
            return false;
        }
        return count(group) < 2 && group.stream().noneMatch(this::writtenAgain);
    }

    private boolean writtenAgain(String key) {
        return lines.getOrDefault(key, Set.of()).stream()
                .map(at -> usage.get(at.substring(0, at.indexOf('\u0000'))))
                .anyMatch(note -> note != null && note.lines(key) >= 2);
    }

    private long count(List<String> group) {
        return group.stream()
                .flatMap(k -> lines.getOrDefault(k, Set.of()).stream())
                .distinct()
                .count();
    }

    /** Notes the line a form was seen on; two lines are all the rules ask, and a huge note must not cost more. */
    private static void remember(Map<String, Set<String>> seen, String key, Candidate c) {
        var at = seen.computeIfAbsent(key, k -> new HashSet<>(2));
        if (at.size() < 2) {
            at.add(c.note() + '\u0000' + c.line());
        }
    }
}
