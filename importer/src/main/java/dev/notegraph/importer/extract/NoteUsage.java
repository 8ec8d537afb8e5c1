package dev.notegraph.importer.extract;

import dev.notegraph.importer.parse.ParsedNote;
import java.util.List;

/**
 * How a note's own text uses a form, read from its lines (headings and prose) folded as {@link Keys#match(String)}
 * folds names. The candidates only say where a form was marked; whether a writer uses a phrase again, or ever
 * writes a shortened form alone, is in the text.
 */
final class NoteUsage {

    private final ParsedNote note;
    private List<String> folded;
    private java.util.Set<String> declared;

    NoteUsage(ParsedNote note) {
        this.note = note;
    }

    /** On how many lines the note writes the form (folded key). */
    int lines(String key) {
        return (int) folded().stream().filter(line -> line.contains(key)).count();
    }

    /**
     * Whether the note writes {@code shortKey} alone more often than inside {@code fullKey}: a heading's 问题 or 分析
     * is a generic ending only if the note mostly speaks of what is left without it (ABA 问题 is rarely ABA alone).
     */
    boolean standsAlone(String shortKey, String fullKey) {
        if (shortKey.isEmpty()) {
            return true;
        }
        int full = 0;
        int bare = 0;
        for (var line : folded()) {
            full += occurrences(line, fullKey);
            bare += occurrences(line, shortKey);
        }
        return full == 0 || bare - full > full;
    }

    /** Whether the note's own example code declares the form as written, or the name it is a member of. */
    boolean declares(String form) {
        if (declared == null) {
            declared = CodeDeclarations.of(note.code());
        }
        return CodeDeclarations.declares(declared, form);
    }

    private List<String> folded() {
        if (folded == null) {
            // only notes asked about are folded, so a large import does not hold a second copy of every text
            folded = note.blocks().stream().map(b -> Keys.match(b.text())).toList();
        }
        return folded;
    }

    private static int occurrences(String text, String key) {
        int n = 0;
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length())) {
            n++;
        }
        return n;
    }
}
