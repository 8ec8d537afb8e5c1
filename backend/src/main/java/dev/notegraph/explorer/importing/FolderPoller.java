package dev.notegraph.explorer.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fallback when the folder cannot be watched (a network share, too many folders for inotify): lists the tree
 * every interval and reports a change when a note's size or modification time moved or a note came or went.
 */
final class FolderPoller implements AutoCloseable {

    private final Path root;
    private final Runnable changed;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "notes-poll");
        thread.setDaemon(true);
        return thread;
    });
    private Map<Path, String> last;

    FolderPoller(Path root, Runnable changed, Duration interval) {
        this.root = root;
        this.changed = changed;
        this.last = snapshotOrEmpty();
        timer.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        // A file that vanished while the tree was listed leaves an empty snapshot; the next poll sees the folder.
        var now = snapshotOrEmpty();
        if (!now.equals(last)) {
            last = now;
            changed.run();
        }
    }

    // A folder that is missing now (an unmounted share) is polled until it comes back.
    private Map<Path, String> snapshotOrEmpty() {
        try {
            return snapshot();
        } catch (UncheckedIOException e) {
            return Map.of();
        }
    }

    private Map<Path, String> snapshot() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> NotePaths.matters(root.relativize(p)))
                    .collect(Collectors.toMap(p -> p, FolderPoller::stamp));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
