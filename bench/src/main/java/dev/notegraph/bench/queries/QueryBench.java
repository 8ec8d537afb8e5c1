package dev.notegraph.bench.queries;

import dev.notegraph.bench.Figure;
import dev.notegraph.bench.backend.BackendProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the backend on the corpus with a fixed embedded Bolt port, waits for its import, then measures each
 * API call at concurrency 1 and N, and the console's Cypher through the bare driver on the same Bolt port.
 */
public final class QueryBench {

    static final String SECTION = "Queries";

    private final Path backendJar;
    private final Path workDir;
    private final Workload workload;
    private final List<String> jvmArgs;

    public QueryBench(Path backendJar, Path workDir, Workload workload, List<String> jvmArgs) {
        this.backendJar = backendJar;
        this.workDir = workDir;
        this.workload = workload;
        this.jvmArgs = jvmArgs;
    }

    public List<Figure> run(Path corpus) throws Exception {
        var dataDir = Files.createTempDirectory(workDir, "backend-data-");
        var bolt = BackendProcess.freePort();
        var jvm = new ArrayList<>(List.of("-Xmx1g"));
        jvm.addAll(jvmArgs);
        var app = List.of(
                "--explorer.notes=" + corpus.toAbsolutePath(),
                "--explorer.data-dir=" + dataDir,
                "--explorer.embedded-bolt-port=" + bolt,
                // The console admits 2 queries at once by default (429 beyond); measure it as a deployment
                // configured for this many console users would run.
                "--explorer.cypher.max-concurrent=" + workload.concurrency());
        try (var backend = BackendProcess.start(backendJar, jvm, app, workDir.resolve("backend-queries.log"))) {
            var ready = backend.awaitReady(Duration.ofMinutes(10));
            var figures = new ArrayList<Figure>();
            figures.add(Figure.info(
                    SECTION,
                    "backend ready with the corpus imported",
                    secs(ready.ready()),
                    "s",
                    "graph: " + ready.stats()));
            var api = backend.api();
            var sample = Sample.from(api, 30);
            for (var probe : Probes.all(api, sample)) {
                figures.addAll(
                        measure(probe.name(), i -> api.status(probe.request().apply(i)) == 200));
            }
            figures.addAll(driverOverhead(bolt, sample, figures));
            backend.peakRssBytes()
                    .ifPresent(rss -> figures.add(Figure.info(
                            SECTION,
                            "backend peak RSS after import and load",
                            rss / (1024.0 * 1024),
                            "MiB",
                            "VmHWM of the child, -Xmx1g")));
            return figures;
        }
    }

    private List<Figure> measure(String name, LoadRun.Call call) throws Exception {
        var serial = LoadRun.measure(call, workload.warmup(), workload.serial(), 1);
        var concurrent = LoadRun.measure(call, workload.warmup(), workload.concurrent(), workload.concurrency());
        return LatencyFigures.of(SECTION, name, serial, concurrent, workload.concurrency());
    }

    private List<Figure> driverOverhead(int bolt, Sample sample, List<Figure> httpFigures) throws Exception {
        try (var driver = new DriverProbe(bolt, sample.ids())) {
            var figures = new ArrayList<>(measure("cypher (bare driver)", driver::send));
            var http = p50(httpFigures, "cypher (HTTP) c=1 p50");
            var bare = p50(figures, "cypher (bare driver) c=1 p50");
            figures.add(Figure.target(
                    SECTION,
                    "backend overhead, cypher p50 HTTP / driver",
                    http / bare,
                    "x",
                    1.5,
                    "same query, same store, same run"));
            return figures;
        }
    }

    private static double p50(List<Figure> figures, String name) {
        return figures.stream()
                .filter(f -> f.name().equals(name))
                .mapToDouble(Figure::value)
                .findFirst()
                .orElse(Double.NaN);
    }

    private static double secs(Duration d) {
        return d.toNanos() / 1e9;
    }
}
