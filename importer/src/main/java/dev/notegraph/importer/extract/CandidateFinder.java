package dev.notegraph.importer.extract;

import dev.notegraph.importer.parse.InlineSpan;
import dev.notegraph.importer.parse.ParsedNote;
import dev.notegraph.importer.parse.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the candidate terms of one note from its structure, markup, alias patterns and prose. */
final class CandidateFinder {

    private static final Pattern LIST_HEAD = Pattern.compile("^([^:：，。,；;]{2,24}?)\\s*[:：]");
    private static final Pattern QUOTED = Pattern.compile("[“\"「]([^”\"」]{2,12})[”\"」]");
    private static final Pattern CODE_TERM =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_.+\\-]{0,40}|[\\p{IsHan}A-Za-z0-9_\\-+/ ]{2,16}");
    private static final Pattern BRACKETS = Pattern.compile("\\s*[（(][^（()）]*[)）]\\s*");
    private static final Pattern TRAILING = Pattern.compile("(\\(\\)|[:：。，,.])+$");

    private final EnglishTerms english = new EnglishTerms();
    private final ChineseTerms chinese = new ChineseTerms();

    /** Domain words the segmenter keeps whole, for this finder only. */
    void addWords(java.util.Collection<String> words) {
        chinese.addWords(words);
    }

    record Found(List<Candidate> candidates, List<AliasPair> aliases) {}

    Found find(ParsedNote note) {
        var out = new ArrayList<Candidate>();
        var aliases = new ArrayList<AliasPair>();
        var usage = new NoteUsage(note);
        for (var section : note.sections()) {
            if (section.order() == 0) {
                continue;
            }
            var terms = HeadingTerms.terms(section.heading(), usage);
            var source = terms.size() == 1 ? Source.HEADING : Source.HEADING_PART;
            for (var term : terms) {
                out.add(new Candidate(term, note.path(), section.order(), section.line(), source));
            }
        }
        for (var span : note.spans()) {
            span(note, span, usage, out);
        }
        for (var keyword : note.keywords()) {
            var term = HeadingTerms.clean(keyword, usage);
            if (TermFilter.accepts(term)) {
                out.add(new Candidate(term, note.path(), 0, 1, Source.KEYWORD));
            }
        }
        var blocks = note.blocks();
        var marked = note.spans().stream()
                .filter(s -> s.kind() != InlineSpan.Kind.LINK && s.kind() != InlineSpan.Kind.EMPHASIS)
                .collect(java.util.stream.Collectors.groupingBy(InlineSpan::line));
        for (var block : blocks) {
            if (block.kind() == TextBlock.Kind.PARAGRAPH || block.kind() == TextBlock.Kind.LIST_ITEM) {
                int section = note.sectionAt(block.line()).order();
                for (var term : Definitions.find(block.text(), marked.getOrDefault(block.line(), List.of()))) {
                    if (TermFilter.accepts(term)) {
                        out.add(new Candidate(term, note.path(), section, block.line(), Source.DEFINED));
                    }
                }
            }
        }
        blocks(note, usage, out, aliases);
        for (var alias : aliases) {
            int section = note.sectionAt(alias.line()).order();
            out.add(new Candidate(alias.first(), note.path(), section, alias.line(), Source.ALIAS));
            out.add(new Candidate(alias.second(), note.path(), section, alias.line(), Source.ALIAS));
        }
        return new Found(out, aliases);
    }

    /** Chinese nouns from the prose; run after the structural terms were added to the dictionary. */
    List<Candidate> prose(ParsedNote note) {
        var out = new ArrayList<Candidate>();
        for (var block : note.blocks()) {
            if (block.kind() == TextBlock.Kind.HEADING) {
                continue;
            }
            int section = note.sectionAt(block.line()).order();
            for (var term : chinese.find(block.text())) {
                out.add(new Candidate(term, note.path(), section, block.line(), Source.TEXT));
            }
        }
        return out;
    }

    private void blocks(ParsedNote note, NoteUsage usage, List<Candidate> out, List<AliasPair> aliases) {
        var links = note.spans().stream()
                .filter(s -> s.kind() == InlineSpan.Kind.LINK)
                .collect(java.util.stream.Collectors.groupingBy(InlineSpan::line));
        var blocks = note.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            var block = blocks.get(i);
            if (!contentsEntry(block, links.getOrDefault(block.line(), List.of()))) {
                block(note, i, note.sectionAt(block.line()).order(), usage, out);
                aliases.addAll(AliasFinder.find(block.text(), note.path(), block.line()));
            }
        }
    }

    /**
     * A list item that is a link and little more ({@code - [HashMap 核心源码+底层数据结构分析](./hashmap.md) （必看）}) is an
     * entry of a table of contents: its words are another note's title, where its terms are found.
     */
    private static boolean contentsEntry(TextBlock block, List<InlineSpan> links) {
        if (block.kind() != TextBlock.Kind.LIST_ITEM) {
            return false;
        }
        int linked = links.stream().mapToInt(l -> l.text().strip().length()).sum();
        return linked > 0 && linked * 3 >= block.text().strip().length() * 2;
    }

    /** A one-line paragraph with no sentence punctuation, as notes use for informal headings. */
    private static boolean looksLikeHeading(ParsedNote note, int index) {
        var block = note.blocks().get(index);
        var text = block.text();
        if (text.length() > 24 || text.matches(".*[。；;！!].*") || TermFilter.cjkCount(text) == 0 && text.contains(" ")) {
            return false;
        }
        var blocks = note.blocks();
        boolean alone = (index == 0 || blocks.get(index - 1).line() < block.line() - 1)
                && (index + 1 >= blocks.size() || blocks.get(index + 1).line() > block.line() + 1);
        return alone;
    }

    private void span(ParsedNote note, InlineSpan span, NoteUsage usage, List<Candidate> out) {
        var text = TRAILING.matcher(span.text().strip()).replaceAll("").strip();
        int section = note.sectionAt(span.line()).order();
        switch (span.kind()) {
            case STRONG, EMPHASIS -> {
                var head = LIST_HEAD.matcher(span.text());
                var term = HeadingTerms.clean(
                        BRACKETS.matcher(head.find() ? head.group(1) : text).replaceAll(""), usage);
                if (TermFilter.accepts(term)) {
                    out.add(new Candidate(term, note.path(), section, span.line(), Source.STRONG));
                }
            }
            case CODE -> {
                if (CODE_TERM.matcher(text).matches() && TermFilter.accepts(text)) {
                    out.add(new Candidate(text, note.path(), section, span.line(), Source.CODE));
                }
            }
            case LINK -> {}
        }
    }

    private void block(ParsedNote note, int index, int section, NoteUsage usage, List<Candidate> out) {
        var block = note.blocks().get(index);
        var text = block.text();
        if (block.kind() == TextBlock.Kind.LIST_ITEM || block.kind() == TextBlock.Kind.PARAGRAPH) {
            var head = LIST_HEAD.matcher(text);
            var term = head.find()
                    ? HeadingTerms.clean(BRACKETS.matcher(head.group(1)).replaceAll(""), usage)
                    : "";
            if (TermFilter.accepts(term)) {
                out.add(new Candidate(term, note.path(), section, block.line(), Source.LIST_HEAD));
            } else if (block.kind() == TextBlock.Kind.LIST_ITEM && text.length() <= 10 && TermFilter.termLike(text)) {
                out.add(new Candidate(text, note.path(), section, block.line(), Source.LIST_ITEM));
            } else if (block.kind() == TextBlock.Kind.PARAGRAPH && looksLikeHeading(note, index)) {
                for (var part : HeadingTerms.terms(text, usage)) {
                    out.add(new Candidate(part, note.path(), section, block.line(), Source.HEADING_PART));
                }
            }
        }
        var quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            if (TermFilter.accepts(quoted.group(1))) {
                out.add(new Candidate(quoted.group(1), note.path(), section, block.line(), Source.QUOTED));
            }
        }
        if (block.kind() != TextBlock.Kind.HEADING) {
            for (var term : english.find(text)) {
                var source = EnglishTerms.identifier(term)
                        ? Source.CODE
                        : EnglishTerms.marked(term) ? Source.ACRONYM : Source.ENGLISH;
                out.add(new Candidate(term, note.path(), section, block.line(), source));
            }
        }
    }
}
