package dev.notegraph.importer.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** Finds the headings; sections are the lines between them. */
final class SectionVisitor {

    record HeadingAt(int level, String text, int line) {}

    private final List<HeadingAt> headings = new ArrayList<>();

    List<HeadingAt> collect(Node document, SourceLines source) {
        walk(document, source);
        return headings;
    }

    private void walk(Node node, SourceLines source) {
        for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                int line = source.lineOf(heading.getStartOffset());
                var text = TextCleaner.cleanInline(heading.getText().toString());
                headings.add(new HeadingAt(heading.getLevel(), text, line));
            } else {
                walk(child, source);
            }
        }
    }

    static List<ParsedSection> sections(List<HeadingAt> headings, SourceLines source, String title) {
        var sections = new ArrayList<ParsedSection>();
        int total = source.count();
        int firstLine = headings.isEmpty() ? total + 1 : headings.get(0).line();
        int rootEnd = Math.max(1, firstLine - 1);
        var rootMarkdown = firstLine > 1 ? source.join(1, firstLine - 1) : "";
        sections.add(new ParsedSection(0, 0, title, 1, Math.min(rootEnd, Math.max(total, 1)), -1, rootMarkdown));
        var stack = new ArrayList<ParsedSection>();
        for (int i = 0; i < headings.size(); i++) {
            var h = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).line() - 1 : total;
            end = Math.max(end, h.line());
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level() >= h.level()) {
                stack.remove(stack.size() - 1);
            }
            int parent = stack.isEmpty() ? 0 : stack.get(stack.size() - 1).order();
            var section =
                    new ParsedSection(i + 1, h.level(), h.text(), h.line(), end, parent, source.join(h.line(), end));
            sections.add(section);
            stack.add(section);
        }
        return List.copyOf(sections);
    }
}
