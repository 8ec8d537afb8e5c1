package dev.notegraph.importer.parse;

import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.parser.Parser;
import java.util.List;
import java.util.Map;

/** Parses notes with one flexmark parser, built once; thread-safe. */
public final class MarkdownParser {

    private final Parser parser;

    public MarkdownParser() {
        this.parser = Parser.builder(MarkdownOptions.NOTES).build();
    }

    /** Parses one note; {@code path} names the note for the title fallback. */
    public ParsedNote parse(String path, String text) {
        var document = parser.parse(UnclosedFrontMatter.defuse(MarkupBudget.defuse(text)));
        var source = new SourceLines(text);
        var frontMatter = new AbstractYamlFrontMatterVisitor();
        frontMatter.visit(document);
        var data = Map.copyOf(frontMatter.getData());
        var headings = new SectionVisitor().collect(document, source);
        var title = title(path, data, headings);
        var sections = SectionVisitor.sections(headings, source, title);
        var blocks = List.copyOf(new ProseVisitor().collect(document, source));
        var spans = List.copyOf(new InlineVisitor().collect(document, source));
        var code = List.copyOf(new CodeVisitor().collect(document, source));
        return new ParsedNote(path, title, data, sections, blocks, spans, FrontMatterKeywords.of(text), code);
    }

    private static String title(String path, Map<String, List<String>> data, List<SectionVisitor.HeadingAt> headings) {
        var fromFrontMatter = data.getOrDefault("title", List.of());
        if (!fromFrontMatter.isEmpty() && !fromFrontMatter.get(0).isBlank()) {
            return unquote(fromFrontMatter.get(0).strip());
        }
        return headings.stream()
                .filter(h -> h.level() == 1 && !h.text().isBlank())
                .map(SectionVisitor.HeadingAt::text)
                .findFirst()
                .orElseGet(() -> fileName(path));
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") || value.startsWith("'"))
                && value.endsWith(value.substring(0, 1))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String fileName(String path) {
        var name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
