package dev.notegraph.explorer.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.config.ExplorerProperties;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Where the corrections file is: the setting, else inside the notes folder, else the data folder. */
class CorrectionsConfigurationTests {

    @TempDir
    Path dir;

    @Test
    void shouldKeepTheFileInTheNotesFolderByDefault() {
        var notes = dir.resolve("notes");

        var file = CorrectionsConfiguration.locate(bind(Map.of("explorer.notes", notes.toString())));

        assertThat(file).isEqualTo(notes.resolve(".notegraph/corrections.yaml").toAbsolutePath());
    }

    @Test
    void shouldUseTheConfiguredFile() {
        var file = CorrectionsConfiguration.locate(bind(Map.of(
                "explorer.notes", dir.resolve("notes").toString(),
                "explorer.corrections", dir.resolve("mine.yaml").toString())));

        assertThat(file).isEqualTo(dir.resolve("mine.yaml").toAbsolutePath());
    }

    @Test
    void shouldKeepTheFileOfTheBundledNotesInTheDataFolder() {
        var file = CorrectionsConfiguration.locate(bind(Map.of("explorer.data-dir", dir.toString())));

        assertThat(file)
                .isEqualTo(
                        dir.resolve("bundled-notes/.notegraph/corrections.yaml").toAbsolutePath());
    }

    @Test
    void shouldJudgeAFileNotYetThereByTheNearestFolderAbove() {
        assertThat(CorrectionsConfiguration.writable(dir.resolve("a/b/corrections.yaml")))
                .isTrue();
    }

    private static ExplorerProperties bind(Map<String, String> properties) {
        return new Binder(List.of(new MapConfigurationPropertySource(properties)))
                .bindOrCreate("explorer", ExplorerProperties.class);
    }
}
