package dev.notegraph.importer;

import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.schema.EmbeddedNeo4j;
import dev.notegraph.schema.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The javaguide corpus imported once per build into a store under the root {@code target/} (system property
 * {@code javaguide.store}), with its {@link GraphExport} beside it. Importing it takes about a minute here, so
 * every test that only needs the imported corpus (here and in the backend) reads this one instead of
 * importing its own. The marker names the build ({@code build.id}): a store left by an earlier build, of
 * possibly other code, is imported again.
 */
public final class JavaguideStore {

    public static final Path CORPUS =
            Path.of(System.getProperty("shared.dir", "../shared")).resolve("corpus/javaguide");

    private static final Path HOME = Path.of(System.getProperty("javaguide.store", "target/javaguide-store"));

    private JavaguideStore() {}

    /** The Neo4j store folder, imported by this build; shut down, so a test may copy it. */
    public static synchronized Path store() {
        // the importer's test JVMs run in parallel: a file lock makes one build the store while the others wait
        try (var channel = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var lock = channel.lock()) {
            if (!current()) {
                build();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HOME.resolve("neo4j");
    }

    private static Path lockFile() throws IOException {
        var parent = HOME.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return parent.resolve(HOME.getFileName() + ".lock");
    }

    /** The {@link GraphExport} lines of the store. */
    static synchronized List<String> export() {
        store();
        try {
            return Files.readAllLines(HOME.resolve("export.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean current() {
        try {
            var marker = HOME.resolve("build-id");
            return Files.exists(marker) && Files.readString(marker).equals(buildId());
        } catch (IOException e) {
            return false;
        }
    }

    private static void build() {
        try {
            FileTrees.delete(HOME);
            Files.createDirectories(HOME);
            try (var neo4j = EmbeddedNeo4j.start(HOME.resolve("neo4j"));
                    var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
                new Importer(driver, new MarkdownNotesAnalyzer()).importFolder(CORPUS, ImportListener.NONE);
                Files.write(HOME.resolve("export.txt"), GraphExport.of(driver));
            }
            Files.writeString(HOME.resolve("build-id"), buildId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without a build id (a test run from an IDE) nothing is trusted across runs. */
    private static String buildId() {
        return System.getProperty("build.id", "jvm-" + ProcessHandle.current().pid());
    }
}
