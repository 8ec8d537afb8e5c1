package dev.notegraph.importer.parse;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * How notes are read as Markdown, for every reader of them: the importer cuts sections with these options and
 * the explorer's reading pane renders them with the same, so a line the importer took for a heading shows as
 * one.
 */
public final class MarkdownOptions {

    /** Immutable; add rendering options on a copy ({@code new MutableDataSet(NOTES)}). */
    public static final DataHolder NOTES = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), YamlFrontMatterExtension.create()))
            // Notes often write "#标题" without the space CommonMark wants.
            .set(Parser.HEADING_NO_ATX_SPACE, true)
            .toImmutable();

    private MarkdownOptions() {}
}
