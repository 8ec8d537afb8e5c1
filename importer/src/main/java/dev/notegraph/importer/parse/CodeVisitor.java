package dev.notegraph.importer.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** Collects a note's code blocks; a fence that holds prose ({@link ProseFence}) is read as prose instead. */
final class CodeVisitor {

    private final List<CodeBlock> blocks = new ArrayList<>();

    List<CodeBlock> collect(Node document, SourceLines source) {
        walk(document, source);
        return blocks;
    }

    private void walk(Node node, SourceLines source) {
        for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock fence && !ProseFence.isProse(fence)) {
                int line = source.lineOf(fence.getContentChars().getStartOffset());
                blocks.add(new CodeBlock(
                        line,
                        fence.getInfo().toString().strip(),
                        fence.getContentChars().toString()));
            } else if (child instanceof IndentedCodeBlock indented) {
                int line = source.lineOf(indented.getStartOffset());
                blocks.add(new CodeBlock(line, "", indented.getContentChars().toString()));
            } else {
                walk(child, source);
            }
        }
    }
}
