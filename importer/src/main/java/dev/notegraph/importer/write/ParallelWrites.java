package dev.notegraph.importer.write;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs independent write tasks on two threads, each task in sessions of its own: one Bolt worker per
 * transaction leaves the server's second core idle otherwise. The first failure is rethrown once every task
 * ended or was cancelled.
 */
final class ParallelWrites {

    static final int THREADS = 2;

    private ParallelWrites() {}

    static <T> void forEach(List<T> items, Consumer<T> task) {
        if (items.size() < 2) {
            items.forEach(task);
            return;
        }
        var pool = Executors.newFixedThreadPool(THREADS, ParallelWrites::daemon);
        try {
            var futures = items.stream()
                    .map(item -> pool.submit(() -> task.accept(item)))
                    .toList();
            futures.forEach(ParallelWrites::await);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        }
    }

    private static Thread daemon(Runnable runnable) {
        var thread = new Thread(runnable, "notegraph-writer");
        thread.setDaemon(true);
        return thread;
    }
}
