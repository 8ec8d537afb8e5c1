package dev.notegraph.explorer.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ExplorerPropertiesTests {

    @Test
    void shouldBindANotesFolderGivenAsText() {
        var properties = bind(Map.of("explorer.notes", "/srv/notes", "explorer.embedded-bolt-port", "7699"));

        assertThat(properties.notesFolder()).contains(Path.of("/srv/notes"));
        assertThat(properties.embeddedBoltPort()).isEqualTo(7699);
    }

    @Test
    void shouldFallBackToTheBundledNotesWithoutAFolder() {
        var properties = bind(Map.of());

        assertThat(properties.notesFolder()).isEmpty();
        assertThat(properties.dataDir().normalize()).isEqualTo(Path.of("data"));
    }

    private static ExplorerProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("explorer", ExplorerProperties.class);
    }
}
