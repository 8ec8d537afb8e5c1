package dev.notegraph.explorer.importing;

import dev.notegraph.explorer.config.BundledNotes;
import dev.notegraph.importer.ImportListener;
import dev.notegraph.importer.ImportSummary;
import dev.notegraph.importer.Importer;
import dev.notegraph.importer.corrections.CorrectionStore;
import dev.notegraph.importer.extract.NotesAnalyzer;
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

    FolderImport(
            Driver driver, BundledNotes notes, ObjectProvider<NotesAnalyzer> analyzer, CorrectionStore corrections) {
        this.driver = driver;
        this.notes = notes;
        this.analyzer = analyzer;
        this.corrections = corrections;
    }

    @Override
    public ImportSummary run() {
        // Built only if a note changed: the analyzer loads dictionaries (seconds, and memory) that neither the
        // API nor an unchanged folder needs.
        Supplier<NotesAnalyzer> build = analyzer::getObject;
        return new Importer(driver, build)
                .withCorrections(corrections)
                .importFolder(notes.notesFolder(), ImportListener.NONE);
    }
}
