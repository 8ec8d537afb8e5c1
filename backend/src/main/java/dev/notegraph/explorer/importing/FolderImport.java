package dev.notegraph.explorer.importing;

import dev.notegraph.explorer.config.BundledNotes;
import dev.notegraph.importer.ImportListener;
import dev.notegraph.importer.ImportSummary;
import dev.notegraph.importer.Importer;
import dev.notegraph.importer.corrections.CorrectionStore;
import dev.notegraph.importer.extract.NotesAnalyzer;
import dev.notegraph.schema.EmbeddedNeo4j;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The importer on the configured notes folder: only changed notes are re-analysed, the concept layer rebuilt. */
@Component
final class FolderImport implements ImportJob {

    private final Driver driver;
    private final BundledNotes notes;
    private final ObjectProvider<NotesAnalyzer> analyzer;
    private final CorrectionStore corrections;
    private final ObjectProvider<EmbeddedNeo4j> embedded;

    FolderImport(
            Driver driver,
            BundledNotes notes,
            ObjectProvider<NotesAnalyzer> analyzer,
            CorrectionStore corrections,
            ObjectProvider<EmbeddedNeo4j> embedded) {
        this.driver = driver;
        this.notes = notes;
        this.analyzer = analyzer;
        this.corrections = corrections;
        this.embedded = embedded;
    }

    @Override
    public ImportSummary run() {
        // Built only if a note changed: the analyzer loads dictionaries (seconds, and memory) that neither the
        // API nor an unchanged folder needs.
        Supplier<NotesAnalyzer> build = analyzer::getObject;
        var importer = new Importer(driver, build).withCorrections(corrections);
        // Only the in-process server's store can be written as files; a server reached by URI never is.
        var server = embedded.getIfAvailable();
        return (server == null ? importer : importer.withBulkFirstImport(server))
                .importFolder(notes.notesFolder(), ImportListener.NONE);
    }
}
