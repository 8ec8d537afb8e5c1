package dev.notegraph.explorer.config;

import dev.notegraph.explorer.config.EarlyStart.PreparedAnalysis;
import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.importer.source.NoteReader;
import dev.notegraph.schema.EmbeddedNeo4j;
import dev.notegraph.schema.GraphSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts the embedded Neo4j (and applies the schema) in a thread of its own as soon as the configuration is
 * complete, so that its ~10 s overlap with the Spring context's refresh instead of sitting inside it. On a
 * fresh store there is nothing to compare the notes with, so they are read and analysed meanwhile too.
 * Registered in {@code META-INF/spring.factories}: it must run before any bean exists. With
 * {@code spring.neo4j.uri} set it does nothing. One instance per application run: no static state.
 */
final class EarlyStartListener implements ApplicationListener<ApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(EarlyStartListener.class);

    private Optional<EarlyStart> started = Optional.empty();

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationPreparedEvent prepared) {
            begin(prepared);
        } else if (event instanceof ApplicationFailedEvent || event instanceof ContextClosedEvent) {
            started.ifPresent(EarlyStart::close);
        }
    }

    /** After the initializers, so test and command-line properties are all in the environment. */
    private void begin(ApplicationPreparedEvent event) {
        var environment = event.getApplicationContext().getEnvironment();
        var uri = environment.getProperty("spring.neo4j.uri");
        if (uri != null && !uri.isBlank()) {
            return;
        }
        ExplorerProperties properties;
        try {
            properties = Binder.get(environment).bindOrCreate("explorer", Bindable.of(ExplorerProperties.class));
        } catch (RuntimeException e) {
            // Left to the context, which reports bad settings properly; the server then starts in its bean.
            log.debug("No early start: {}", e.getMessage());
            return;
        }
        var store = properties.dataDir().resolve("neo4j");
        // Decided before the server creates the store: only a store with nothing in it may skip the comparison.
        var fresh = !Files.isDirectory(store.resolve("data/databases/neo4j"));
        var early = new EarlyStart(
                CompletableFuture.supplyAsync(() -> startServer(properties), daemon("early-neo4j")),
                fresh && properties.importOnStart()
                        ? Optional.of(
                                CompletableFuture.supplyAsync(() -> analyse(properties), daemon("early-analysis")))
                        : Optional.empty());
        started = Optional.of(early);
        event.getApplicationContext().getBeanFactory().registerSingleton("earlyStart", early);
    }

    private static EmbeddedNeo4j startServer(ExplorerProperties properties) {
        var store = properties.dataDir().resolve("neo4j");
        var server = EmbeddedNeo4j.start(
                store, properties.embeddedBoltPort(), properties.pageCache().toBytes());
        log.info("Embedded Neo4j started at {} with its store in {}", server.boltUri(), store.toAbsolutePath());
        // The first Cypher of a JVM is slow (planner warm-up); the schema is the cheapest useful first query.
        try (var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
            GraphSchema.apply(driver);
        } catch (RuntimeException e) {
            log.warn("Schema not applied early; the start-up import will retry: {}", e.getMessage());
        }
        return server;
    }

    private static PreparedAnalysis analyse(ExplorerProperties properties) {
        try {
            var sources = new NoteReader()
                    .read(new BundledNotes(properties).notesFolder())
                    .sources();
            var analysis = new MarkdownNotesAnalyzer().analyze(sources);
            log.info("Analysed {} notes while the server started", sources.size());
            return new PreparedAnalysis(sources, analysis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.concurrent.Executor daemon(String name) {
        return task -> {
            var thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }
}
