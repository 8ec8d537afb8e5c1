package dev.notegraph.explorer.importing;

import dev.notegraph.explorer.config.EarlyStart.PreparedAnalysis;
import dev.notegraph.importer.extract.Analysis;
import dev.notegraph.importer.extract.NotesAnalyzer;
import dev.notegraph.importer.source.NoteSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out an analysis made before start-up, once, if it was made from exactly the notes asked about;
 * otherwise (notes changed meanwhile, the early analysis failed, any later import) analyses afresh.
 */
final class PreAnalyzedNotes implements NotesAnalyzer {

    private static final Logger log = LoggerFactory.getLogger(PreAnalyzedNotes.class);

    private final AtomicReference<Future<PreparedAnalysis>> prepared;
    private final Supplier<? extends NotesAnalyzer> fallback;
    private final AtomicReference<NotesAnalyzer> built = new AtomicReference<>();

    PreAnalyzedNotes(Future<PreparedAnalysis> prepared, Supplier<? extends NotesAnalyzer> fallback) {
        this.prepared = new AtomicReference<>(prepared);
        this.fallback = fallback;
    }

    @Override
    public Analysis analyze(List<NoteSource> sources) {
        // Taken once: the analysis is large, and holding it after the first import would only cost memory.
        return Optional.ofNullable(prepared.getAndSet(null))
                .flatMap(PreAnalyzedNotes::await)
                .filter(p -> p.sources().equals(sources))
                .map(PreparedAnalysis::analysis)
                .orElseGet(() -> analyzer().analyze(sources));
    }

    private NotesAnalyzer analyzer() {
        return built.updateAndGet(a -> a != null ? a : fallback.get());
    }

    private static Optional<PreparedAnalysis> await(Future<PreparedAnalysis> future) {
        try {
            return Optional.of(future.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | RuntimeException e) {
            log.warn("The early analysis failed; analysing again: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
