package dev.notegraph.explorer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import dev.notegraph.explorer.config.ExplorerProperties;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

/** How the notes folder is followed, as the log and {@code /actuator/health} say it. */
class NotesWatchTests {

    @TempDir
    Path dir;

    @Test
    void shouldWatchAFolderThatCanBeWatched() throws Exception {
        var watch = watch(dir, true);

        assertThat(watch.status().mode()).isEqualTo("watching");
        assertThat(new NotesWatchHealth(watch).health().getDetails()).containsEntry("mode", "watching");
        watch.destroy();
    }

    @Test
    void shouldFallBackToPollingAndSayWhyWhenTheFolderCannotBeWatched() throws Exception {
        var watch = watch(dir.resolve("unmounted-share"), true);

        var health = new NotesWatchHealth(watch).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("mode", "polling");
        assertThat(health.getDetails().get("reason").toString()).contains("unmounted-share", "polling every 2 s");
        watch.destroy();
    }

    @Test
    void shouldBeOffWhenTurnedOff() throws Exception {
        var watch = watch(dir, false);

        assertThat(new NotesWatchHealth(watch).health().getDetails()).containsEntry("mode", "off");
        watch.destroy();
    }

    private static NotesWatch watch(Path notes, boolean on) {
        var properties = new ExplorerProperties(
                notes,
                notes,
                0,
                DataSize.ofMegabytes(64),
                new ExplorerProperties.Cypher(java.time.Duration.ofSeconds(5), 10, 1),
                false,
                on,
                Optional.empty(),
                new ExplorerProperties.Cors(List.of()),
                List.of(),
                null);
        var runner = new ImportRunner(() -> null, mock(ImportHistory.class), new ImportState());
        var watch = new NotesWatch(properties, runner);
        watch.run(null);
        return watch;
    }
}
