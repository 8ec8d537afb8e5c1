package dev.notegraph.bench.queries;

import java.util.Arrays;

/**
 * Response times of one measured batch, in nanoseconds, with the wall time of the batch for throughput.
 *
 * @param nanos every response time, sorted
 * @param errors responses that were not 200
 * @param wallNanos the batch from first send to last answer
 */
public record Latencies(long[] nanos, int errors, long wallNanos) {

    public static Latencies of(long[] nanos, int errors, long wallNanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted, errors, wallNanos);
    }

    /** The nearest-rank percentile in milliseconds: the smallest time that {@code p}% of requests did not exceed. */
    public double percentileMs(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        var rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, rank - 1)] / 1e6;
    }

    public double throughputPerSecond() {
        return wallNanos == 0 ? Double.NaN : nanos.length / (wallNanos / 1e9);
    }

    public int count() {
        return nanos.length;
    }
}
