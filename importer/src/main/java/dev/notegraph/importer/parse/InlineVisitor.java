package dev.notegraph.importer.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects inline code, emphasis and link texts from the AST, and bold spans from the source lines: CommonMark
 * leaves {@code **内存拷贝：**需要} literal, so bold is read from the text, which finds both kinds.
 */
final class InlineVisitor {

    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]{1,60}?)\\*\\*");
    private static final Pattern CODE = Pattern.compile("`+[^`]*`+");

    private final List<InlineSpan> spans = new ArrayList<>();
    private final TextCollectingVisitor text = new TextCollectingVisitor();

    List<InlineSpan> collect(Node document, SourceLines source) {
        walk(document, source);
        return spans;
    }

    private void walk(Node node, SourceLines source) {
        for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock) {
                continue;
            }
            if (child instanceof Paragraph || child instanceof TableRow) {
                bold(child, source);
            }
            if (child instanceof Code code) {
                add(child, InlineSpan.Kind.CODE, code.getText().toString(), source);
            } else if (child instanceof Emphasis) {
                add(child, InlineSpan.Kind.EMPHASIS, text.collectAndGetText(child), source);
            } else if (child instanceof Link) {
                add(child, InlineSpan.Kind.LINK, text.collectAndGetText(child), source);
            }
            if (!(child instanceof StrongEmphasis)) {
                walk(child, source);
            }
        }
    }

    private void bold(Node block, SourceLines source) {
        int first = source.lineOf(block.getStartOffset());
        int last = source.lineOf(Math.max(block.getStartOffset(), block.getEndOffset() - 1));
        for (int line = first; line <= last && line <= source.count(); line++) {
            var raw = CODE.matcher(source.line(line)).replaceAll(" ");
            var matcher = BOLD.matcher(raw);
            while (matcher.find()) {
                var span = TextCleaner.cleanInline(matcher.group(1));
                if (!span.isEmpty()) {
                    spans.add(new InlineSpan(line, InlineSpan.Kind.STRONG, span));
                }
            }
        }
    }

    private void add(Node node, InlineSpan.Kind kind, String value, SourceLines source) {
        var clean = kind == InlineSpan.Kind.CODE ? value.strip() : TextCleaner.cleanInline(value);
        if (!clean.isEmpty()) {
            spans.add(new InlineSpan(source.lineOf(node.getStartOffset()), kind, clean));
        }
    }
}
