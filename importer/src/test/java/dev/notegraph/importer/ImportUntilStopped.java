package dev.notegraph.importer;

import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.schema.EmbeddedNeo4j;
import java.nio.file.Path;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The child of {@link KillImportIT}: imports a folder into an embedded store and, once {@code atLeast} notes
 * are committed, says so on stdout and stops that writer thread for good, so the parent's SIGKILL always lands
 * while notes are being written and before the concept layer, however fast the machine is.
 */
final class ImportUntilStopped {

    static final String STOPPED = "stopped after notes written: ";

    private ImportUntilStopped() {}

    /** Arguments: notes folder, store folder, notes to write before stopping. */
    public static void main(String[] args) throws Exception {
        var atLeast = Integer.parseInt(args[2]);
        try (var neo4j = EmbeddedNeo4j.start(Path.of(args[1]));
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            new Importer(driver, new MarkdownNotesAnalyzer()).importFolder(Path.of(args[0]), stopAfter(atLeast));
        }
        System.out.println("finished: the import ended before the stop");
    }

    private static ImportListener stopAfter(int atLeast) {
        return new ImportListener() {
            private int written;

            @Override
            public void written(String path) {
                if (++written >= atLeast) {
                    System.out.println(STOPPED + written);
                    System.out.flush();
                    // Notes are reported one at a time, so the other writer threads stop when they next report one.
                    sleepForever();
                }
            }
        };
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
