package dev.notegraph.importer.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** Collects prose lines (paragraphs, list items, quotes, table rows, headings); code and HTML are skipped. */
final class ProseVisitor {

    private static final java.util.regex.Pattern SEPARATOR_CELL = java.util.regex.Pattern.compile("[-:\\s]*");
    private static final String CELLS = TextBlock.CELL_SEPARATOR;

    private final List<TextBlock> blocks = new ArrayList<>();

    List<TextBlock> collect(Node document, SourceLines source) {
        walk(document, source);
        return blocks;
    }

    private void walk(Node node, SourceLines source) {
        for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading) {
                add(child, TextBlock.Kind.HEADING, source);
            } else if (child instanceof Paragraph) {
                add(child, kindOf(child), source);
            } else if (child instanceof TableRow row) {
                row(row, source);
            } else if (child instanceof FencedCodeBlock fence && ProseFence.isProse(fence)) {
                add(child, TextBlock.Kind.PARAGRAPH, source);
            } else {
                walk(child, source);
            }
        }
    }

    private void add(Node node, TextBlock.Kind kind, SourceLines source) {
        int first = source.lineOf(node.getStartOffset());
        int last = source.lineOf(Math.max(node.getStartOffset(), node.getEndOffset() - 1));
        if (node instanceof FencedCodeBlock) {
            first++;
            last--;
        }
        for (int line = first; line <= last && line <= source.count(); line++) {
            var text = TextCleaner.clean(source.line(line));
            if (!text.isEmpty()) {
                blocks.add(new TextBlock(line, kind, text));
            }
        }
    }

    /** A table row keeps its cells apart, as a comparison table's columns and rows name what it compares. */
    private void row(TableRow row, SourceLines source) {
        var cells = new ArrayList<String>();
        for (var cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell c) {
                cells.add(TextCleaner.clean(c.getText().toString()));
            }
        }
        if (cells.stream().anyMatch(c -> !SEPARATOR_CELL.matcher(c).matches())) {
            blocks.add(new TextBlock(
                    source.lineOf(row.getStartOffset()), TextBlock.Kind.TABLE, String.join(CELLS, cells)));
        }
    }

    private static TextBlock.Kind kindOf(Node paragraph) {
        for (var parent = paragraph.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ListItem) {
                return TextBlock.Kind.LIST_ITEM;
            }
            if (parent instanceof BlockQuote) {
                return TextBlock.Kind.QUOTE;
            }
        }
        return TextBlock.Kind.PARAGRAPH;
    }
}
