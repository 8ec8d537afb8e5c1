package dev.notegraph.bench.startup;

import dev.notegraph.bench.Figure;
import dev.notegraph.bench.backend.BackendProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Launches the backend jar as a user would, bundled notes and a fresh data folder, and times it to a ready
 * API; then reads the child's peak resident memory.
 */
public final class StartupBench {

    private static final String SECTION = "Start-up";
    private static final double GIB = 1024.0;

    private final Path backendJar;
    private final Path workDir;
    private final List<String> jvmArgs;

    public StartupBench(Path backendJar, Path workDir, List<String> jvmArgs) {
        this.backendJar = backendJar;
        this.workDir = workDir;
        this.jvmArgs = jvmArgs;
    }

    public List<Figure> run() throws Exception {
        var dataDir = Files.createTempDirectory(workDir, "startup-data-");
        var app = List.of("--explorer.data-dir=" + dataDir);
        try (var backend = BackendProcess.start(backendJar, jvmArgs, app, workDir.resolve("backend-startup.log"))) {
            var ready = backend.awaitReady(Duration.ofMinutes(5));
            var figures = new ArrayList<Figure>();
            figures.add(Figure.info(
                    SECTION,
                    "first /api/stats answer",
                    secs(ready.firstAnswer()),
                    "s",
                    "from fork, JVM start included"));
            figures.add(Figure.target(
                    SECTION,
                    "ready (importing=false)",
                    secs(ready.ready()),
                    "s",
                    15,
                    "bundled notes, fresh data dir; graph: " + ready.stats()));
            var rss = backend.peakRssBytes();
            figures.add(rss.map(b -> Figure.target(
                            SECTION,
                            "peak RSS",
                            b / (1024.0 * 1024),
                            "MiB",
                            GIB,
                            "VmHWM of the child at ready, default heap settings"))
                    .orElse(Figure.missing(SECTION, "peak RSS", "no /proc/PID/status on this OS")));
            return figures;
        }
    }

    private static double secs(Duration d) {
        return d.toNanos() / 1e9;
    }
}
