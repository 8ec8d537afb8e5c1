package dev.notegraph.bench.load;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** Prints a load run: totals, percentiles overall and per call, statuses, and the backend's memory. */
final class LoadReport {

    private LoadReport() {}

    static void print(
            LoadResult result,
            int clients,
            Optional<BackendMemory> before,
            Optional<BackendMemory> after,
            PrintWriter out,
            List<String> conditions) {
        out.printf(
                "Load: %d clients, %.1f s, %d calls, %.0f calls/s%n",
                clients, result.wallNanos() / 1e9, result.count(), result.throughputPerSecond());
        out.println(percentiles("all", result.all()));
        result.nanos().forEach((kind, times) -> out.println(percentiles(kind, times)));
        out.printf("Statuses: %s%n", result.statuses());
        out.printf(
                "429 (console busy, by design): %d; errors (not 200 or 429): %d%n",
                result.statuses().getOrDefault(LoadResult.BUSY, 0L), result.errors());
        if (before.isPresent() && after.isPresent()) {
            var b = before.get();
            var a = after.get();
            out.printf(
                    "Backend RSS: %d MiB before, %d MiB after (%+d MiB); heap after GC: %d MiB before, %d MiB after"
                            + " (%+d MiB)%n",
                    b.rssMib(),
                    a.rssMib(),
                    a.rssMib() - b.rssMib(),
                    b.heapMib(),
                    a.heapMib(),
                    a.heapMib() - b.heapMib());
        } else {
            out.println("Backend RSS and heap: not measured (--url, or not on Linux with jcmd)");
        }
        conditions.forEach(c -> out.println("Condition: " + c));
        out.flush();
    }

    private static String percentiles(String name, long[] sorted) {
        return "  %-18s %7d calls  p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms"
                .formatted(
                        name,
                        sorted.length,
                        LoadResult.percentileMs(sorted, 50),
                        LoadResult.percentileMs(sorted, 95),
                        LoadResult.percentileMs(sorted, 99));
    }
}
