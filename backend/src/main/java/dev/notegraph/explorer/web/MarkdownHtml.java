package dev.notegraph.explorer.web;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.springframework.stereotype.Component;

/** Renders note Markdown for the browser. Raw HTML in notes is escaped: notes are data, never markup. */
@Component
final class MarkdownHtml {

    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownHtml() {
        var options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    String render(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }
}
