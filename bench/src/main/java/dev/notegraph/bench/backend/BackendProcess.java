package dev.notegraph.bench.backend;

import dev.notegraph.bench.queries.Api;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * The backend jar as a child JVM, exactly as a user starts it, with its output in a log file. Knows when it
 * was launched, so readiness is timed from the fork, JVM start-up included.
 */
public final class BackendProcess implements AutoCloseable {

    private final Process process;
    private final long launchedNanos;
    private final int port;
    private final Path log;

    private BackendProcess(Process process, long launchedNanos, int port, Path log) {
        this.process = process;
        this.launchedNanos = launchedNanos;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code java [jvmArgs] -jar jar --server.port=<free> [appArgs]}. */
    public static BackendProcess start(Path jar, List<String> jvmArgs, List<String> appArgs, Path log)
            throws IOException {
        var port = freePort();
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
        command.addAll(appArgs);
        Files.createDirectories(log.toAbsolutePath().getParent());
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        var launched = System.nanoTime();
        return new BackendProcess(builder.start(), launched, port, log);
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    public Api api() {
        return new Api(port);
    }

    /** Polls {@code /api/stats}; returns the readiness times, or throws when the child dies or time runs out. */
    public Readiness awaitReady(Duration timeout) throws IOException, InterruptedException {
        var api = api();
        var deadline = System.nanoTime() + timeout.toNanos();
        Optional<Duration> firstAnswer = Optional.empty();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the backend exited with " + process.exitValue() + "; see " + log);
            }
            var stats = stats(api);
            if (stats.isPresent() && firstAnswer.isEmpty()) {
                firstAnswer = Optional.of(sinceLaunch());
            }
            if (stats.isPresent() && stats.get().path("importError").isTextual()) {
                throw new IOException("the backend's import failed: "
                        + stats.get().path("importError").asText());
            }
            if (stats.isPresent() && !stats.get().path("importing").asBoolean(true)) {
                return new Readiness(firstAnswer.orElseThrow(), sinceLaunch(), stats.get());
            }
            Thread.sleep(firstAnswer.isPresent() ? 100 : 20);
        }
        throw new IOException("the backend was not ready within " + timeout + "; see " + log);
    }

    /** Peak resident set size of the child so far (VmHWM), in bytes. */
    public Optional<Long> peakRssBytes() {
        return ProcStatus.kibibytes(process.pid(), "VmHWM").map(kib -> kib * 1024);
    }

    private Optional<JsonNode> stats(Api api) throws InterruptedException {
        try {
            return Optional.of(api.json(api.get("/api/stats")));
        } catch (IOException notYet) {
            return Optional.empty();
        }
    }

    private Duration sinceLaunch() {
        return Duration.ofNanos(System.nanoTime() - launchedNanos);
    }

    /** SIGTERM so Spring closes Neo4j cleanly; killed if it takes too long. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * When the backend answered.
     *
     * @param firstAnswer the first answer of {@code /api/stats}, import maybe still running
     * @param ready the first answer with {@code importing: false}
     * @param stats that answer
     */
    public record Readiness(Duration firstAnswer, Duration ready, JsonNode stats) {}
}
