package dev.notegraph.importer;

import static dev.notegraph.importer.HostileNotesIT.PROBLEMS;
import static dev.notegraph.importer.HostileNotesIT.SEEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.cli.ImporterCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile notes of {@link HostileNotesIT} through the CLI in a 512 MiB child JVM: the import ends with the
 * same counts and problems, and without running out of memory. A class of its own so that it runs in parallel
 * with the in-process import.
 */
class HostileNotesCliIT {

    @TempDir
    Path work;

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void shouldImportTheFolderThroughTheCliInABoundedHeap() throws Exception {
        var notes = HostileCorpus.build(work.resolve("notes"));
        var out = work.resolve("cli.out");
        var err = work.resolve("cli.err");
        var cli = ChildJvm.start(
                List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"),
                ImporterCli.class,
                List.of(
                        "--notes",
                        notes.toString(),
                        "--embedded",
                        work.resolve("cli-store").toString()),
                out,
                err);

        var exit = cli.waitFor();

        assertThat(exit).as(Files.readString(err)).isEqualTo(1);
        assertThat(Files.readString(out))
                .contains("Notes: %d seen, %d imported, 0 unchanged, %d failed, 0 deleted."
                        .formatted(SEEN, SEEN - PROBLEMS.size(), PROBLEMS.size()))
                .contains("Problem: hostile/binary-named.md: binary file, not text")
                .contains("Problem: hostile/loops/ping.md: symbolic link that loops or points nowhere");
        assertThat(Files.readString(err)).doesNotContain("OutOfMemoryError");
    }
}
