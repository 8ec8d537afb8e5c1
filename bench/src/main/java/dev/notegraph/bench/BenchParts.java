package dev.notegraph.bench;

import dev.notegraph.bench.imports.ImportBench;
import dev.notegraph.bench.queries.QueryBench;
import dev.notegraph.bench.queries.Workload;
import dev.notegraph.bench.startup.StartupBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the selected parts one after the other, noting the load average before each. A part that fails leaves
 * a "not measured" row saying why, so the report always has every section.
 */
final class BenchParts {

    private interface Part {
        List<Figure> run() throws Exception;
    }

    private final BenchCli options;
    private final Path workDir;
    private final Report report;

    BenchParts(BenchCli options, Path workDir, Report report) {
        this.options = options;
        this.workDir = workDir;
        this.report = report;
    }

    void runSelected() {
        var workload = options.quick ? Workload.QUICK : Workload.FULL;
        run("import", "Import", () -> new ImportBench(workDir).run(options.seeds, options.corpus));
        run("queries", "Queries", () -> {
            requireBackendJar();
            return new QueryBench(options.backendJar, workDir, workload, queryJvmArgs()).run(options.corpus);
        });
        run("startup", "Start-up", () -> {
            requireBackendJar();
            return new StartupBench(options.backendJar, workDir, options.backendJvmArgs).run();
        });
    }

    private void run(String part, String section, Part work) {
        if (!options.parts.contains(part)) {
            report.addAll(List.of(Figure.missing(section, part, "not selected (--parts)")));
            return;
        }
        report.condition(section + ": load average (1/5/15 min) before: " + Machine.loadAverages());
        System.out.println("Running " + part + " ...");
        try {
            var figures = work.run();
            report.addAll(figures);
            // Printed at once: a long run that is stopped later still leaves the finished parts' figures.
            figures.forEach(f -> System.out.printf("  %s: %s %s%n", f.name(), f.formattedValue(), f.verdict()));
        } catch (Exception e) {
            report.addAll(List.of(Figure.missing(section, part, "failed: " + e)));
            e.printStackTrace();
        }
        report.condition(section + ": load average (1/5/15 min) after: " + Machine.loadAverages());
    }

    private List<String> queryJvmArgs() {
        var args = new java.util.ArrayList<>(options.backendJvmArgs);
        if (options.profileQueries != null) {
            var file = options.profileQueries.toAbsolutePath();
            args.add("-XX:StartFlightRecording=filename=" + file + ",settings=profile");
            report.condition("Queries: backend profiled with JFR (settings=profile) into " + file);
        }
        return args;
    }

    private void requireBackendJar() {
        if (!Files.isRegularFile(options.backendJar)) {
            throw new IllegalStateException("no backend jar at " + options.backendJar.toAbsolutePath()
                    + "; build it with ./mvnw -q -DskipTests package");
        }
    }
}
