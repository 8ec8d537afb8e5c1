package dev.notegraph.explorer.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownHtmlTests {

    private final MarkdownHtml html = new MarkdownHtml();

    @Test
    void shouldRenderAHeadingWithoutTheSpaceAsTheImporterReadsIt() {
        assertThat(html.render("#标题\n正文")).contains("<h1>标题</h1>").contains("<p>正文</p>");
    }

    @Test
    void shouldRenderTablesAndEscapeRawHtml() {
        var rendered = html.render("| a | b |\n| --- | --- |\n| 1 | 2 |\n\n<script>alert(1)</script>");

        assertThat(rendered).contains("<table>", "<td>1</td>").doesNotContain("<script>");
    }
}
