package dev.notegraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar bench/target/bench.jar}: measures import, queries and start-up, prints and writes a report. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        subcommands = dev.notegraph.bench.load.LoadCommand.class,
        description = "Measures notegraph on this machine and writes bench/target/bench-report.md.")
public final class BenchCli implements Callable<Integer> {

    // Migrations log every step through java.util.logging; held in a field because JUL keeps loggers weakly.
    private static final Logger MIGRATIONS_LOG = Logger.getLogger("ac.simons.neo4j.migrations");

    @Option(names = "--corpus", description = "Notes folder measured (default: ${DEFAULT-VALUE})")
    Path corpus = Path.of("../shared/corpus/javaguide");

    @Option(names = "--seeds", description = "Small notes folder imported first (default: ${DEFAULT-VALUE})")
    Path seeds = Path.of("../shared/seeds");

    @Option(names = "--backend-jar", description = "The backend to start (default: ${DEFAULT-VALUE})")
    Path backendJar = Path.of("backend/target/backend.jar");

    @Option(names = "--quick", description = "Few calls per batch: checks the harness, figures mean little")
    boolean quick;

    @Option(names = "--parts", split = ",", description = "Which parts to run: import, queries, startup (default: all)")
    List<String> parts = List.of("import", "queries", "startup");

    @Option(names = "--report", description = "Where the Markdown report goes (default: ${DEFAULT-VALUE})")
    Path reportFile = Path.of("bench/target/bench-report.md");

    @Option(
            names = "--backend-jvm-arg",
            description = "Extra JVM option for the backend children, e.g. -XX:StartFlightRecording=...")
    List<String> backendJvmArgs = new ArrayList<>();

    @Option(
            names = "--profile-queries",
            paramLabel = "FILE",
            description = "Record a JFR profile of the queries backend (import and load) into this file")
    Path profileQueries;

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        MIGRATIONS_LOG.setLevel(Level.WARNING);
        System.exit(new CommandLine(new BenchCli()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        var workDir = Files.createTempDirectory("notegraph-bench-");
        var report = new Report();
        report.condition("machine: " + Machine.describe());
        report.condition("corpus: " + corpus.toAbsolutePath().normalize() + (quick ? " (--quick)" : ""));
        var parts = new BenchParts(this, workDir, report);
        parts.runSelected();
        report.condition("backend logs and temporary stores: " + workDir);
        var text = report.markdown();
        System.out.println(text);
        report.write(reportFile);
        System.out.println("Report written to " + reportFile.toAbsolutePath().normalize());
        return 0;
    }
}
