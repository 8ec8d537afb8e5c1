package dev.notegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.cli.ImporterCli;
import dev.notegraph.importer.source.NoteProblem;
import dev.notegraph.schema.EmbeddedNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The seed notes imported together with hostile ones (odd encodings, binary, broken Markdown, huge and
 * pathological notes, symlink loops) through the CLI in a 512 MiB child JVM, once for the class: the import
 * ends without running out of memory, each hostile note is imported or reported with a one-line reason, and
 * the good notes are untouched by their company. The tests read the store the CLI wrote (the CLI imports
 * transactionally, as the in-process importer does). Timeouts are hang guards, not speed targets.
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

    static Path notes;
    static int exit;
    static String out;
    static String err;
    static EmbeddedNeo4j neo4j;
    static Driver driver;

    @BeforeAll
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    static void importOnceThroughTheCli() throws Exception {
        notes = HostileCorpus.build(work.resolve("notes"));
        var store = work.resolve("cli-store");
        var outFile = work.resolve("cli.out");
        var errFile = work.resolve("cli.err");
        var cli = ChildJvm.start(
                List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"),
                ImporterCli.class,
                List.of("--notes", notes.toString(), "--embedded", store.toString()),
                outFile,
                errFile);
        exit = cli.waitFor();
        out = Files.readString(outFile);
        err = Files.readString(errFile);
        neo4j = EmbeddedNeo4j.start(store);
        driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    void shouldImportTheFolderThroughTheCliInABoundedHeap() {
        assertThat(exit).as(err).isEqualTo(1);
        assertThat(err).doesNotContain("OutOfMemoryError");
    }

    @Test
    void shouldCountEveryFileAndReportOnlyTheUnreadableOnes() {
        assertThat(out)
                .contains("Notes: %d seen, %d imported, 0 unchanged, %d failed, 0 deleted."
                        .formatted(SEEN, SEEN - PROBLEMS.size(), PROBLEMS.size()));
        assertThat(out.lines().filter(line -> line.startsWith("Problem: ")))
                .containsExactlyElementsOf(PROBLEMS.stream()
                        .map(p -> "Problem: " + p.path() + ": " + p.reason())
                        .toList());
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
