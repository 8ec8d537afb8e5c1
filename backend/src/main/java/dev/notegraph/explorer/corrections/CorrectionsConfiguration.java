package dev.notegraph.explorer.corrections;

import dev.notegraph.explorer.config.ExplorerProperties;
import dev.notegraph.importer.corrections.CorrectionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the learner's corrections live: {@code explorer.corrections} when set; else {@code
 * .notegraph/corrections.yaml} in the notes folder, versioned with the notes; else, when the notes folder is
 * read-only, {@code corrections.yaml} in the data folder.
 */
@Configuration(proxyBeanMethods = false)
class CorrectionsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CorrectionsConfiguration.class);

    @Bean
    CorrectionStore correctionStore(ExplorerProperties properties) {
        var file = locate(properties);
        log.info("Corrections file: {}", file);
        return new CorrectionStore(file);
    }

    static Path locate(ExplorerProperties properties) {
        if (properties.correctionsFile().isPresent()) {
            return properties.correctionsFile().get().toAbsolutePath();
        }
        // the bundled notes are unpacked into the data folder, which is writable
        var notes = properties
                .notesFolder()
                .orElseGet(() -> properties.dataDir().resolve("bundled-notes"))
                .toAbsolutePath();
        var inFolder = notes.resolve(CorrectionStore.DEFAULT_RELATIVE);
        return writable(inFolder)
                ? inFolder
                : properties.dataDir().resolve("corrections.yaml").toAbsolutePath();
    }

    /** Whether the file, or else the nearest folder above it that exists, can be written. */
    static boolean writable(Path file) {
        if (Files.exists(file)) {
            return Files.isWritable(file) && Files.isWritable(file.getParent());
        }
        var folder = file.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null) {
            return false;
        }
        try {
            return Files.isWritable(folder) && !Files.getFileStore(folder).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }
}
