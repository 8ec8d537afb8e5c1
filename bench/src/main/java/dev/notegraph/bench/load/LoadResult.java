package dev.notegraph.bench.load;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a load run got: every response time by call kind, and the count of each status.
 *
 * @param nanos response times by call kind, sorted
 * @param statuses answers by HTTP status ({@link #IO_ERROR} for no answer)
 * @param wallNanos the measured time
 */
record LoadResult(Map<String, long[]> nanos, Map<Integer, Long> statuses, long wallNanos) {

    /** The pseudo status of a call that got no HTTP answer (refused, reset, timed out). */
    static final int IO_ERROR = -1;

    /** 429 is the console's concurrency cap working as designed: counted, but not an error. */
    static final int BUSY = 429;

    static LoadResult merge(List<Recorder> recorders, long wallNanos) {
        var byKind = new TreeMap<String, long[]>();
        var statuses = new TreeMap<Integer, Long>();
        for (var recorder : recorders) {
            recorder.times.forEach((kind, times) -> byKind.merge(kind, times.toArray(), LoadResult::concat));
            recorder.statuses.forEach((status, n) -> statuses.merge(status, n, Long::sum));
        }
        byKind.values().forEach(Arrays::sort);
        return new LoadResult(byKind, statuses, wallNanos);
    }

    long count() {
        return statuses.values().stream().mapToLong(Long::longValue).sum();
    }

    long errors() {
        return statuses.entrySet().stream()
                .filter(e -> e.getKey() != 200 && e.getKey() != BUSY)
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    double throughputPerSecond() {
        return count() / (wallNanos / 1e9);
    }

    long[] all() {
        var all = nanos.values().stream().reduce(new long[0], LoadResult::concat);
        Arrays.sort(all);
        return all;
    }

    /** Nearest-rank percentile in milliseconds. */
    static double percentileMs(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        var rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static long[] concat(long[] a, long[] b) {
        var both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** One client's records; not shared between threads. */
    static final class Recorder {

        private final Map<String, Times> times = new HashMap<>();
        private final Map<Integer, Long> statuses = new HashMap<>();

        void add(String kind, int status, long nanos) {
            times.computeIfAbsent(kind, k -> new Times()).add(nanos);
            statuses.merge(status, 1L, Long::sum);
        }
    }

    /** A growable array of longs, so a long run does not box millions of times. */
    private static final class Times {

        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
