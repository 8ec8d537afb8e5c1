package dev.notegraph.explorer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.ImportListener;
import dev.notegraph.importer.Importer;
import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.schema.EmbeddedNeo4jExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The graph follows a real folder on the real file system: edits, new notes, renames, deletions and bursts,
 * through file events and through the polling fallback, each change burst one incremental import.
 */
class NotesWatchIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @RegisterExtension
    static final EmbeddedNeo4jExtension neo4j = new EmbeddedNeo4jExtension();

    static MarkdownNotesAnalyzer analyzer;

    private final Driver driver = neo4j.driver();

    @TempDir
    Path notes;

    private ImportHistory history;
    private ImportRunner runner;
    private ImportDebounce debounce;
    private AutoCloseable watch;

    @BeforeAll
    static void analyzer() {
        analyzer = new MarkdownNotesAnalyzer();
    }

    @BeforeEach
    void importFolder() throws Exception {
        neo4j.clear();
        note("a.md", "# TCP\n\nTCP is a protocol. The TIME-WAIT state keeps a socket after close.\n");
        note("b.md", "# Epoll\n\nEpoll is a Linux API. Epoll watches many sockets.\n");
        // Jackson 3 writes java.time values as ISO text by default, as Boot's mapper does.
        var json = JsonMapper.builder().build();
        history = new ImportHistory(driver, json);
        runner = new ImportRunner(
                () -> new Importer(driver, analyzer).importFolder(notes, ImportListener.NONE),
                history,
                new ImportState());
        assertThat(runner.runNow("start-up")).isTrue();
        debounce = new ImportDebounce(runner, NotesWatch.QUIET);
    }

    @AfterEach
    void stop() throws Exception {
        watch.close();
        debounce.close();
        runner.destroy();
    }

    @Test
    void shouldFollowAnEditAnAddARenameAndADeleteThroughFileEvents() throws Exception {
        watch = new FolderWatcher(notes, debounce::changed);

        note("a.md", "# TCP\n\nTCP is a protocol.\n\n## Zebra Window\n\nThe Zebra Window grows.\n");
        await(() -> headings().contains("Zebra Window"));
        note("c.md", "# Kqueue\n\nKqueue is the BSD API.\n");
        await(() -> paths().contains("c.md"));
        Files.createDirectories(notes.resolve("bsd"));
        Files.move(notes.resolve("c.md"), notes.resolve("bsd/kqueue.md"));
        await(() -> paths().equals(List.of("a.md", "b.md", "bsd/kqueue.md")));
        Files.delete(notes.resolve("a.md"));
        await(() -> paths().equals(List.of("b.md", "bsd/kqueue.md")));

        // The history is written once the import is over, a moment after the graph shows it.
        await(() ->
                history.latest(100).stream().anyMatch(r -> r.notes().removed().contains("a.md")));
        var watched = history.latest(100).stream()
                .filter(r -> r.trigger().equals("watch"))
                .toList();
        assertThat(watched).anyMatch(r -> r.notes().changed().contains("a.md"));
        assertThat(watched)
                .anyMatch(r -> r.notes().removed().contains("c.md")
                        && r.notes().added().contains("bsd/kqueue.md"));
        assertThat(count("MATCH (s:Section) WHERE NOT ()-[:HAS_SECTION]->(s) RETURN count(s)"))
                .isZero();
    }

    /** Twenty saves in a row, each awaited: prints the seconds from save to graph (README figures), asserts none. */
    @Test
    void shouldBringEachOfTwentySavesIntoTheGraph() throws Exception {
        watch = new FolderWatcher(notes, debounce::changed);
        var millis = new ArrayList<Long>();

        for (var i = 0; i < 20; i++) {
            var heading = "Marker " + (char) ('A' + i) + " Window";
            var saved = System.nanoTime();
            note("a.md", "# TCP\n\nTCP is a protocol.\n\n## " + heading + "\n\nThe " + heading + " grows.\n");
            await(() -> headings().contains(heading));
            millis.add(Duration.ofNanos(System.nanoTime() - saved).toMillis());
        }

        assertThat(millis).hasSize(20);
        var sorted = millis.stream().sorted().toList();
        System.out.printf(
                "save to graph over 20 saves: median %d ms, worst %d ms%n",
                (sorted.get(9) + sorted.get(10)) / 2, sorted.get(19));
    }

    @Test
    void shouldIgnoreEditorTempAndHiddenFiles() throws Exception {
        watch = new FolderWatcher(notes, debounce::changed);
        var before = history.latest(100).size();

        note(".a.md.swp", "swap");
        note("a.md~", "backup");
        note("#a.md#", "emacs");
        Files.createDirectories(notes.resolve(".git"));
        note(".git/index", "index");
        // Long enough for an import these files wrongly caused to start and be recorded.
        Thread.sleep(NotesWatch.QUIET.multipliedBy(5).toMillis());
        note("b.md", "# Epoll\n\nEpoll is a Linux API.\n");
        await(() -> history.latest(100).size() > before);

        // Only the real edit imported: one more record, nothing but b.md in it.
        var records = history.latest(100);
        assertThat(records).hasSize(before + 1);
        assertThat(records.get(0).notes().changed()).containsExactly("b.md");
    }

    @Test
    void shouldCoalesceABurstOf200WritesWhileAReaderSeesNoErrorAndNoDuplicate() throws Exception {
        watch = new FolderWatcher(notes, debounce::changed);
        var before = history.latest(100).size();
        var errors = new ConcurrentLinkedQueue<Throwable>();
        var duplicates = new ConcurrentLinkedQueue<Long>();
        var reading = new AtomicBoolean(true);
        var reader = new Thread(() -> {
            while (reading.get()) {
                try (var session = driver.session()) {
                    var counts = session.executeRead(
                            tx -> tx.run("MATCH (n:Note) RETURN count(n) AS notes, count(DISTINCT n.path) AS paths")
                                    .single());
                    if (counts.get("notes").asLong() != counts.get("paths").asLong()) {
                        duplicates.add(counts.get("notes").asLong());
                    }
                } catch (RuntimeException e) {
                    errors.add(e);
                }
            }
        });
        reader.start();

        for (var i = 0; i < 200; i++) {
            note("burst/n%03d.md".formatted(i), "# Note %d\n\nSocket buffer %d is a buffer.\n".formatted(i, i));
        }
        await(() -> paths().size() == 202);
        reading.set(false);
        reader.join();

        assertThat(errors).isEmpty();
        assertThat(duplicates).isEmpty();
        assertThat(history.latest(100).size() - before).isLessThan(20);
    }

    @Test
    void shouldFollowTheFolderByPollingWhereItCannotBeWatched() throws Exception {
        watch = new FolderPoller(notes, debounce::changed, Duration.ofMillis(200));

        note("c.md", "# Kqueue\n\nKqueue is the BSD API.\n");
        await(() -> paths().contains("c.md"));
        Files.delete(notes.resolve("b.md"));
        await(() -> paths().equals(List.of("a.md", "c.md")));
    }

    private void note(String path, String text) throws Exception {
        var file = notes.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<String> paths() {
        return strings("MATCH (n:Note) RETURN n.path ORDER BY n.path");
    }

    private List<String> headings() {
        return strings("MATCH (s:Section) RETURN s.heading");
    }

    private List<String> strings(String cypher) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).list(r -> r.get(0).asString()));
        }
    }

    private long count(String cypher) {
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(cypher, Map.of()).single().get(0).asLong());
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("the graph followed the folder in time")
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
