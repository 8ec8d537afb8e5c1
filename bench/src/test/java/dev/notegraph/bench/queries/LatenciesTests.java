package dev.notegraph.bench.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTests {

    @Test
    void shouldTakeNearestRankPercentilesOfUnsortedTimes() {
        // 1..100 ms, shuffled by reversing: p50 is the 50th smallest, p99 the 99th.
        var nanos =
                LongStream.rangeClosed(1, 100).map(ms -> (101 - ms) * 1_000_000).toArray();

        var latencies = Latencies.of(nanos, 0, 2_000_000_000L);

        assertThat(latencies.percentileMs(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMs(95)).isEqualTo(95.0);
        assertThat(latencies.percentileMs(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMs(100)).isEqualTo(100.0);
        assertThat(latencies.throughputPerSecond()).isEqualTo(50.0);
    }

    @Test
    void shouldHandleTinyAndEmptyBatches() {
        assertThat(Latencies.of(new long[] {3_000_000}, 0, 1).percentileMs(99)).isEqualTo(3.0);
        assertThat(Latencies.of(new long[0], 0, 0).percentileMs(50)).isNaN();
    }

    @Test
    void shouldRecordEveryCallAcrossWorkersAndCountFailures() throws Exception {
        var calls = new java.util.concurrent.atomic.AtomicInteger();

        var latencies = LoadRun.measure(i -> calls.incrementAndGet() > 0 && i % 10 != 0, 5, 100, 4);

        assertThat(calls.get()).isEqualTo(105);
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.errors()).isEqualTo(10);
    }
}
