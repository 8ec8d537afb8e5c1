package dev.notegraph.explorer.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The notes folder to import: {@code explorer.notes}, or else the sample notes bundled in the jar, copied
 * out to {@code ${dataDir}/bundled-notes} because the importer reads a real folder (and a jar has none).
 */
@Component
public final class BundledNotes {

    private static final String PATTERN = "classpath*:bundled-notes/*";

    private final ExplorerProperties properties;

    BundledNotes(ExplorerProperties properties) {
        this.properties = properties;
    }

    /** The folder to import, unpacking the bundled notes first if no folder was configured. */
    public Path notesFolder() {
        return properties.notesFolder().orElseGet(this::unpack);
    }

    private Path unpack() {
        var target = properties.dataDir().resolve("bundled-notes").toAbsolutePath();
        try {
            Files.createDirectories(target);
            for (var resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
                var name = resource.getFilename();
                if (name == null || name.isBlank() || !resource.isReadable()) {
                    continue;
                }
                try (var in = resource.getInputStream()) {
                    Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the bundled notes into " + target, e);
        }
    }
}
