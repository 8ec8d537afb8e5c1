package dev.notegraph.bench.queries;

import dev.notegraph.bench.Figure;
import java.util.List;

/** Percentile figures of one call: targets at concurrency 1, information under concurrency. */
final class LatencyFigures {

    private LatencyFigures() {}

    static List<Figure> of(String section, String name, Latencies serial, Latencies concurrent, int workers) {
        var serialHow = how(serial, 1);
        var concurrentHow = how(concurrent, workers);
        var c = " c=" + workers;
        return List.of(
                Figure.target(section, name + " c=1 p50", serial.percentileMs(50), "ms", 5, serialHow),
                Figure.info(section, name + " c=1 p95", serial.percentileMs(95), "ms", serialHow),
                Figure.target(section, name + " c=1 p99", serial.percentileMs(99), "ms", 50, serialHow),
                Figure.info(section, name + c + " p50", concurrent.percentileMs(50), "ms", concurrentHow),
                Figure.info(section, name + c + " p95", concurrent.percentileMs(95), "ms", concurrentHow),
                Figure.info(section, name + c + " p99", concurrent.percentileMs(99), "ms", concurrentHow));
    }

    private static String how(Latencies l, int workers) {
        return "%d calls, %d workers, %.0f calls/s, %d errors"
                .formatted(l.count(), workers, l.throughputPerSecond(), l.errors());
    }
}
