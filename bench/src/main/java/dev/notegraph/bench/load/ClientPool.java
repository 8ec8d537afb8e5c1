package dev.notegraph.bench.load;

import dev.notegraph.bench.queries.Api;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** N clients, each sending its next call when the previous one answered, until the time is up. */
final class ClientPool {

    private final Api client;
    private final CallMix mix;
    private final int clients;

    ClientPool(Api client, CallMix mix, int clients) {
        this.client = client;
        this.mix = mix;
        this.clients = clients;
    }

    LoadResult run(Duration time) throws InterruptedException, ExecutionException {
        var pool = Executors.newFixedThreadPool(clients);
        try {
            var started = System.nanoTime();
            var deadline = started + time.toNanos();
            var futures = new ArrayList<Future<LoadResult.Recorder>>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(client(c * 7, deadline)));
            }
            var recorders = new ArrayList<LoadResult.Recorder>();
            for (var future : futures) {
                recorders.add(future.get());
            }
            return LoadResult.merge(recorders, System.nanoTime() - started);
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<LoadResult.Recorder> client(int offset, long deadline) {
        return () -> {
            var recorder = new LoadResult.Recorder();
            for (int n = offset; System.nanoTime() < deadline; n++) {
                var kind = mix.pick(n);
                var request = kind.request().apply(n);
                var t0 = System.nanoTime();
                int status;
                try {
                    status = client.status(request);
                } catch (java.io.IOException e) {
                    status = LoadResult.IO_ERROR;
                }
                recorder.add(kind.name(), status, System.nanoTime() - t0);
            }
            return recorder;
        };
    }
}
