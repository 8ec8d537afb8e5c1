package dev.notegraph.importer.parse;

import java.util.List;
import java.util.Map;

/**
 * One note as the extractor sees it: structure and clean text, Markdown syntax gone.
 *
 * @param path the note's relative path
 * @param title front-matter title, else the first H1, else the file name
 * @param frontMatter YAML front matter keys to their values (empty without front matter)
 * @param sections the root section (order 0) and one per heading, in document order
 * @param blocks prose lines outside code, HTML and front matter, with their 1-based line
 * @param spans inline emphasis, code and link texts, with their 1-based line
 * @param keywords the keywords the front matter declares for the note, in its order
 * @param code the note's code blocks, in document order
 */
public record ParsedNote(
        String path,
        String title,
        Map<String, List<String>> frontMatter,
        List<ParsedSection> sections,
        List<TextBlock> blocks,
        List<InlineSpan> spans,
        List<String> keywords,
        List<CodeBlock> code) {

    /** The section that contains a 1-based line. */
    public ParsedSection sectionAt(int line) {
        int low = 0;
        int high = sections.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (sections.get(mid).line() <= line) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return sections.get(low);
    }
}
