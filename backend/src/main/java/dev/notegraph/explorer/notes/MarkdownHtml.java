package dev.notegraph.explorer.notes;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.notegraph.importer.parse.MarkdownOptions;
import org.springframework.stereotype.Component;

/**
 * Renders note Markdown for the browser, parsed as the importer parses it. Raw HTML in notes is escaped:
 * notes are data, never markup.
 */
@Component
final class MarkdownHtml {

    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownHtml() {
        var options = new MutableDataSet(MarkdownOptions.NOTES)
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
