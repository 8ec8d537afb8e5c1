package dev.notegraph.bench.load;

import dev.notegraph.bench.queries.Api;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench load}: many concurrent clients over a mix of API calls for a fixed time, closed loop, then
 * throughput, percentiles, answers by status and the backend's memory before and after.
 */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Concurrent clients over mixed endpoints; exits 1 if any call failed (429 excepted).")
public final class LoadCommand implements Callable<Integer> {

    /** 64 closed-loop clients on 2 cores queue for seconds; only a stuck call should time out. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Spec
    CommandSpec spec;

    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE})")
    int clients = 64;

    @Option(names = "--seconds", description = "Measured time (default: ${DEFAULT-VALUE})")
    int seconds = 30;

    @Option(names = "--notes", description = "Notes the started backend imports (default: ${DEFAULT-VALUE})")
    Path notes = Path.of("../shared/corpus/javaguide");

    @Option(names = "--url", description = "Load this running backend instead of starting one")
    Optional<URI> url;

    @Option(names = "--backend-jar", description = "The backend to start (default: ${DEFAULT-VALUE})")
    Path backendJar = Path.of("backend/target/backend.jar");

    @Option(names = "--warmup-seconds", description = "Unrecorded load first (default: ${DEFAULT-VALUE})")
    int warmupSeconds = 5;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (url.isPresent()) {
            return run(new Api(url.get(), TIMEOUT), Optional.empty(), out);
        }
        if (!Files.isRegularFile(backendJar)) {
            out.println("No backend jar at " + backendJar.toAbsolutePath() + "; build it or pass --url.");
            out.flush();
            return 2;
        }
        var work = Files.createTempDirectory("notegraph-load-");
        try (var backend = LoadedBackend.start(backendJar, notes, work)) {
            out.println("Backend started on " + backend.url() + " with " + notes + "; log: " + backend.log());
            out.flush();
            backend.awaitReady(Duration.ofMinutes(15));
            return run(new Api(backend.url(), TIMEOUT), Optional.of(backend), out);
        }
    }

    private int run(Api client, Optional<LoadedBackend> backend, PrintWriter out) throws Exception {
        var mix = CallMix.from(client);
        var before = backend.flatMap(LoadedBackend::memory);
        if (warmupSeconds > 0) {
            new ClientPool(client, mix, clients).run(Duration.ofSeconds(warmupSeconds));
        }
        var result = new ClientPool(client, mix, clients).run(Duration.ofSeconds(seconds));
        var after = backend.flatMap(LoadedBackend::memory);
        LoadReport.print(result, clients, before, after, out, List.of("load average " + loadAverage()));
        return result.errors() == 0 ? 0 : 1;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
