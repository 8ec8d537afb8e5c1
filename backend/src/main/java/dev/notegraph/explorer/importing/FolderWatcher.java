package dev.notegraph.explorer.importing;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.stream.Stream;

/**
 * Watches a folder tree with the platform's file events (inotify on Linux). The JDK watches one folder per
 * registration, so every folder is registered, and folders that appear later as they appear.
 */
final class FolderWatcher implements AutoCloseable {

    private final Path root;
    private final Runnable changed;
    private final WatchService service;
    private final Thread thread;

    /** @throws IOException when the tree cannot be watched (too many folders, a file system without events) */
    FolderWatcher(Path root, Runnable changed) throws IOException {
        this.root = root;
        this.changed = changed;
        this.service = root.getFileSystem().newWatchService();
        try {
            registerTree(root);
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        this.thread = new Thread(this::loop, "notes-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path top) throws IOException {
        try (Stream<Path> folders = Files.walk(top)) {
            for (var folder : (Iterable<Path>) folders.filter(Files::isDirectory)::iterator) {
                if (folder.equals(root) || NotePaths.matters(root.relativize(folder))) {
                    folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                }
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                var key = service.take();
                if (handle(key)) {
                    changed.run();
                }
                key.reset();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the application stops
        }
    }

    /** Whether the key's events touch a note; registers folders that were created. */
    private boolean handle(WatchKey key) {
        var folder = (Path) key.watchable();
        var relevant = false;
        for (var event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                relevant = true;
                continue;
            }
            var path = folder.resolve((Path) event.context());
            if (!NotePaths.matters(root.relativize(path))) {
                continue;
            }
            relevant = true;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerQuietly(path);
            }
        }
        return relevant;
    }

    // A folder that vanished again before it was registered has nothing to watch.
    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException | RuntimeException e) {
            changed.run();
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
