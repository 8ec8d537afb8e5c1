package dev.notegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.importer.source.NoteProblem;
import dev.notegraph.schema.EmbeddedNeo4jExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * The seed notes imported together with hostile ones (odd encodings, binary, broken Markdown, huge and
 * pathological notes, symlink loops): each hostile note is imported or reported with a one-line reason, and
 * the good notes are untouched by their company. Timeouts are hang guards, not speed targets.
 */
class HostileNotesIT {

    static final List<NoteProblem> PROBLEMS = List.of(
            new NoteProblem("hostile/binary-named.md", "binary file, not text"),
            new NoteProblem("hostile/loops/ping.md", "symbolic link that loops or points nowhere"),
            new NoteProblem("hostile/loops/pong.md", "symbolic link that loops or points nowhere"));
    /** 5 seeds, 14 committed fixtures, 4 generated notes, 2 looping links. */
    static final int SEEN = 25;

    @TempDir
    static Path work;

    @RegisterExtension
    static final EmbeddedNeo4jExtension neo4j = new EmbeddedNeo4jExtension();

    static Path notes;
    static Driver driver;
    static ImportSummary summary;

    @BeforeAll
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    static void importOnce() {
        notes = HostileCorpus.build(work.resolve("notes"));
        driver = neo4j.driver();
        summary = new Importer(driver, new MarkdownNotesAnalyzer()).importFolder(notes, ImportListener.NONE);
    }

    @Test
    void shouldCountEveryFileAndReportOnlyTheUnreadableOnes() {
        assertThat(summary.filesSeen()).isEqualTo(SEEN);
        assertThat(summary.imported()).isEqualTo(SEEN - PROBLEMS.size());
        assertThat(summary.failed()).isEqualTo(PROBLEMS.size());
        assertThat(summary.problems()).containsExactlyElementsOf(PROBLEMS);
        assertThat(count("MATCH (n:Note) RETURN count(n)", Map.of())).isEqualTo(SEEN - PROBLEMS.size());
    }

    @Test
    void shouldImportTheGoodNotesAsUsual() {
        assertThat(strings("MATCH (n:Note) WHERE NOT n.path STARTS WITH 'hostile/' RETURN n.path", Map.of()))
                .containsExactlyInAnyOrderElementsOf(Seeds.names());
        assertThat(strings("MATCH (:Term {key: 'gil'})-[:NAMES]->(c:Concept) RETURN c.name", Map.of()))
                .singleElement()
                .isNotNull();
        assertThat(count("MATCH (s:Section) WHERE NOT ()-[:HAS_SECTION]->(s) RETURN count(s)", Map.of()))
                .isZero();
    }

    @Test
    void shouldDecodeChineseLegacyAndUtf16NotesIntoSearchableHeadings() {
        assertThat(headings("hostile/gbk-note.md")).containsExactly("进程调度算法", "死锁的四个必要条件");
        assertThat(headings("hostile/gb18030-note.md")).containsExactly("虚拟内存 Virtual Memory");
        assertThat(markdown("hostile/gb18030-note.md")).contains("LRU 与 FIFO", "𠀀");
        assertThat(headings("hostile/utf16-bom-note.md")).containsExactly("零拷贝技术");
        assertThat(headings("hostile/utf16be-bom-note.md")).containsExactly("布隆过滤器");
        assertThat(strings(
                        "MATCH (s:Section {heading: $h})<-[:HAS_SECTION]-(n:Note) RETURN n.path",
                        Map.of("h", "死锁的四个必要条件")))
                .containsExactly("hostile/gbk-note.md");
    }

    @Test
    void shouldImportBrokenMarkdownAsFarAsItGoes() {
        assertThat(headings("hostile/empty.md")).isEmpty();
        assertThat(count("MATCH (:Note {path: 'hostile/empty.md'})-[:HAS_SECTION]->(s) RETURN count(s)", Map.of()))
                .isEqualTo(1);
        // Everything after an unclosed fence is code, so its "heading" is not one.
        assertThat(headings("hostile/unclosed-fence.md")).containsExactly("未闭合的代码块");
        assertThat(markdown("hostile/unclosed-fence.md")).contains("还在代码块里");
        assertThat(headings("hostile/broken-front-matter.md")).contains("前言之后的标题");
        assertThat(headings("hostile/unterminated-front-matter.md")).contains("红黑树");
    }

    @Test
    void shouldTreatCrlfAndMixedLineEndingsAsLineBreaks() {
        assertThat(headings("hostile/crlf-note.md")).containsExactly("跳表 Skip List", "跳表的层数");
        assertThat(count(
                        "MATCH (:Note {path: 'hostile/crlf-note.md'})-[:HAS_SECTION]->(s {heading: '跳表的层数'})"
                                + " RETURN s.line",
                        Map.of()))
                .isEqualTo(5);
        assertThat(headings("hostile/mixed-endings.md")).containsExactly("混合换行", "旧式 Mac 换行", "LF 标题");
        assertThat(strings("MATCH (s:Section) WHERE s.heading CONTAINS '\\r' RETURN s.heading", Map.of()))
                .isEmpty();
    }

    @Test
    void shouldDropStrayNulBytesAndKeepTheNote() {
        assertThat(headings("hostile/nul-bytes.md")).containsExactly("含有空字节");
        assertThat(markdown("hostile/nul-bytes.md")).contains("文本中间有 NUL 字节").doesNotContain("\0");
    }

    @Test
    void shouldImportDeeplyNestedListsAndQuotes() {
        assertThat(markdown("hostile/deep-list.md")).contains("第0层", "第299层");
        assertThat(markdown("hostile/deep-quote.md")).contains("引用最深处的文字");
    }

    @Test
    void shouldImportTheBigGeneratedNotesWhole() throws Exception {
        var huge = notes.resolve("hostile/huge.md");
        assertThat(count("MATCH (n:Note {path: 'hostile/huge.md'}) RETURN n.bytes", Map.of()))
                .isEqualTo(Files.size(huge));
        assertThat(count("MATCH (:Note {path: 'hostile/huge.md'})-[:HAS_SECTION]->(s) RETURN count(s)", Map.of()))
                .isEqualTo(1 + headingLines(huge));
        assertThat(count(
                        "MATCH (:Note {path: 'hostile/many-headings.md'})-[:HAS_SECTION]->(s) RETURN count(s)",
                        Map.of()))
                .isEqualTo(HostileCorpus.HEADINGS + 2L);
        assertThat(count(
                        "MATCH (:Section {noteId: $id, level: 1})-[:HAS_SUBSECTION]->(s) RETURN count(s)",
                        Map.of("id", noteId("hostile/many-headings.md"))))
                .isEqualTo(HostileCorpus.HEADINGS);
        assertThat(headings("hostile/long-line.md")).containsExactly("超长的单行");
        assertThat(count(
                        "MATCH (:Note {path: 'hostile/long-line.md'})-[:HAS_SECTION]->(s {level: 1})"
                                + " RETURN size(s.markdown)",
                        Map.of()))
                .isGreaterThan(HostileCorpus.LINE_CHARS - 100);
        assertThat(headings("hostile/long-brackets.md")).containsExactly("未配对的括号");
    }

    private static long headingLines(Path file) throws Exception {
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith("#")).count();
        }
    }

    private static String noteId(String path) {
        return strings("MATCH (n:Note {path: $p}) RETURN n.id", Map.of("p", path))
                .get(0);
    }

    private static List<String> headings(String path) {
        return strings(
                "MATCH (:Note {path: $p})-[:HAS_SECTION]->(s) WHERE s.level > 0 RETURN s.heading ORDER BY s.order",
                Map.of("p", path));
    }

    private static String markdown(String path) {
        return String.join(
                "\n",
                strings(
                        "MATCH (:Note {path: $p})-[:HAS_SECTION]->(s) RETURN s.markdown ORDER BY s.order",
                        Map.of("p", path)));
    }

    private static long count(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(cypher, parameters).single().get(0).asLong());
        }
    }

    private static List<String> strings(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(cypher, parameters).list(r -> r.get(0).asString()));
        }
    }
}
