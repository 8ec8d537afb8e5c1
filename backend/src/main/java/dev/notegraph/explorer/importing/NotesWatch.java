package dev.notegraph.explorer.importing;

import dev.notegraph.explorer.config.ExplorerProperties;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Keeps the graph following the notes folder ({@code explorer.watch}): file events where the platform gives
 * them, polling where it does not, each change burst one incremental import. The bundled sample notes are not
 * watched: they are unpacked afresh by every import and nobody edits them.
 */
@Component
final class NotesWatch implements ApplicationRunner, DisposableBean {

    static final Duration QUIET = Duration.ofMillis(400);
    static final Duration POLL = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(NotesWatch.class);

    private final ExplorerProperties properties;
    private final ImportDebounce debounce;
    private final AtomicReference<Status> status = new AtomicReference<>(new Status("off", Optional.empty()));
    private AutoCloseable watch;

    NotesWatch(ExplorerProperties properties, ImportRunner runner) {
        this.properties = properties;
        this.debounce = new ImportDebounce(runner, QUIET);
    }

    @Override
    public void run(ApplicationArguments args) {
        var folder = properties.notesFolder();
        if (properties.watch() && folder.isPresent()) {
            watch = start(folder.get().toAbsolutePath());
        }
    }

    private AutoCloseable start(java.nio.file.Path folder) {
        try {
            var watcher = new FolderWatcher(folder, debounce::changed);
            status.set(new Status("watching", Optional.empty()));
            log.info("Watching {} for note changes", folder);
            return watcher;
        } catch (IOException | RuntimeException e) {
            var reason = "cannot watch " + folder + " (" + e + "); polling every " + POLL.toSeconds() + " s";
            log.warn("Note changes: {}", reason);
            status.set(new Status("polling", Optional.of(reason)));
            return new FolderPoller(folder, debounce::changed, POLL);
        }
    }

    Status status() {
        return status.get();
    }

    @Override
    public void destroy() throws Exception {
        debounce.close();
        if (watch != null) {
            watch.close();
        }
    }

    /**
     * @param mode {@code watching} (file events), {@code polling} (the fallback) or {@code off}
     * @param reason why the folder is polled rather than watched
     */
    record Status(String mode, Optional<String> reason) {}
}
