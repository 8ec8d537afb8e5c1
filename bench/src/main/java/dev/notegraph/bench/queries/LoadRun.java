package dev.notegraph.bench.queries;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs a bounded number of calls from a fixed number of workers, closed loop (each worker sends its next call
 * when the previous one answered), after a warm-up that is not recorded.
 */
final class LoadRun {

    /** One call; returns true when it succeeded. Index {@code i} lets calls rotate through their inputs. */
    interface Call {
        boolean send(int i) throws Exception;
    }

    private LoadRun() {}

    static Latencies measure(Call call, int warmup, int count, int concurrency) throws Exception {
        for (int i = 0; i < warmup; i++) {
            call.send(i);
        }
        var times = new long[count];
        var errors = new AtomicInteger();
        var next = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(concurrency);
        try {
            var started = System.nanoTime();
            var workers = new java.util.ArrayList<Future<Void>>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(pool.submit(worker(call, times, next, errors)));
            }
            for (var worker : workers) {
                worker.get();
            }
            return Latencies.of(times, errors.get(), System.nanoTime() - started);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Void> worker(Call call, long[] times, AtomicInteger next, AtomicInteger errors) {
        return () -> {
            for (int i = next.getAndIncrement(); i < times.length; i = next.getAndIncrement()) {
                var t0 = System.nanoTime();
                if (!call.send(i)) {
                    errors.incrementAndGet();
                }
                times[i] = System.nanoTime() - t0;
            }
            return null;
        };
    }

    static IntFunction<String> rotate(java.util.List<String> values) {
        return i -> values.get(i % values.size());
    }
}
