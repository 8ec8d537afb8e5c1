package dev.notegraph.explorer.importing;

import dev.notegraph.explorer.config.BundledNotes;
import dev.notegraph.explorer.config.ExplorerProperties;
import dev.notegraph.importer.ImportListener;
import dev.notegraph.importer.Importer;
import dev.notegraph.importer.extract.NotesAnalyzer;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * After start-up, in a background thread so the API answers at once: brings the schema up to date, then
 * imports the notes folder. The importer itself skips notes that did not change.
 */
@Component
final class StartupImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupImport.class);

    private final Driver driver;
    private final ExplorerProperties properties;
    private final BundledNotes notes;
    private final ObjectProvider<NotesAnalyzer> analyzer;
    private final ImportState state;

    StartupImport(
            Driver driver,
            ExplorerProperties properties,
            BundledNotes notes,
            ObjectProvider<NotesAnalyzer> analyzer,
            ImportState state) {
        this.driver = driver;
        this.properties = properties;
        this.notes = notes;
        this.analyzer = analyzer;
        this.state = state;
    }

    @Override
    public void run(ApplicationArguments args) {
        var thread = new Thread(this::prepare, "notes-import");
        thread.setDaemon(true);
        thread.start();
    }

    /** Schema first (queries rely on its indexes), then the import; stats say "importing" until both end. */
    private void prepare() {
        state.started();
        if (!SchemaPreparation.apply(driver)) {
            state.failed("the graph database could not be reached");
            return;
        }
        if (!properties.importOnStart()) {
            state.idle();
            return;
        }
        importFolder(notes.notesFolder());
    }

    private void importFolder(java.nio.file.Path folder) {
        try {
            // Built only if a note changed, not at start-up: the analyzer loads dictionaries (seconds, and
            // memory) that neither the API nor an unchanged folder needs.
            Supplier<NotesAnalyzer> build = analyzer::getObject;
            log.info("Importing notes from {}", folder);
            var summary = new Importer(driver, build).importFolder(folder, ImportListener.NONE);
            log.info(
                    "Import finished in {} ms: {} files, {} imported, {} unchanged, {} failed, {} concepts, {} relations",
                    summary.timings().total().toMillis(),
                    summary.filesSeen(),
                    summary.imported(),
                    summary.unchanged(),
                    summary.failed(),
                    summary.concepts(),
                    summary.relations());
            summary.problems().forEach(p -> log.warn("Not imported: {}: {}", p.path(), p.reason()));
            state.finished(summary);
        } catch (RuntimeException e) {
            log.error("Import of {} failed", folder, e);
            state.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
