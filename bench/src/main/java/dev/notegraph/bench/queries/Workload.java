package dev.notegraph.bench.queries;

/**
 * How many calls each measured batch makes.
 *
 * @param warmup unrecorded calls before each batch, so the JIT and caches are warm
 * @param serial recorded calls at concurrency 1
 * @param concurrency workers of the concurrent batch
 * @param concurrent recorded calls of the concurrent batch
 */
public record Workload(int warmup, int serial, int concurrency, int concurrent) {

    public static final Workload FULL = new Workload(200, 600, 16, 1600);
    public static final Workload QUICK = new Workload(10, 50, 16, 160);
}
