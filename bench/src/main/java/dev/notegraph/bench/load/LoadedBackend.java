package dev.notegraph.bench.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import tools.jackson.databind.ObjectMapper;

/**
 * The backend jar as a child JVM on a free port, with its pid at hand for RSS and heap-after-GC (jcmd), which
 * is why it does not reuse the query bench's process wrapper.
 */
final class LoadedBackend implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final URI url;
    private final Path log;

    private LoadedBackend(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    static LoadedBackend start(Path jar, Path notes, Path work) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var log = work.resolve("backend-load.log");
        var command = List.of(
                javaTool("java"),
                "-Xmx1g",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--explorer.notes=" + notes.toAbsolutePath(),
                "--explorer.data-dir=" + work.resolve("data"));
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // Ctrl-C on the bench must not leave the backend (and its store) running behind it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-loaded-backend"));
        return new LoadedBackend(process, URI.create("http://127.0.0.1:" + port), log);
    }

    URI url() {
        return url;
    }

    Path log() {
        return log;
    }

    /** Waits until {@code /api/stats} answers with the start-up import over. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        var http = HttpClient.newHttpClient();
        var json = new ObjectMapper();
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the backend exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(url.resolve("/api/stats")).build(),
                        HttpResponse.BodyHandlers.ofString());
                var stats = json.readTree(response.body());
                if (response.statusCode() == 200 && !stats.path("importing").asBoolean(true)) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IOException("the backend was not ready within " + timeout + "; see " + log);
    }

    /** RSS now, and the heap retained after a forced full GC; empty where /proc or jcmd are missing. */
    Optional<BackendMemory> memory() {
        try {
            jcmd("GC.run");
            var heap = HEAP_USED.matcher(jcmd("GC.heap_info"));
            var rss = Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst();
            if (!heap.find() || rss.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new BackendMemory(rss.get() / 1024, Long.parseLong(heap.group(1)) / 1024));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        var jcmd = new ProcessBuilder(javaTool("jcmd"), Long.toString(process.pid()), command)
                .redirectErrorStream(true)
                .start();
        var output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(1, TimeUnit.MINUTES);
        return output;
    }

    private static String javaTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    /** SIGTERM so Neo4j closes cleanly; killed if it takes too long. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
