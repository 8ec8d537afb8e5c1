package dev.notegraph.importer;

import dev.notegraph.importer.corrections.Correction;
import dev.notegraph.importer.corrections.CorrectionStore;
import dev.notegraph.importer.corrections.CorrectionsApplier;
import dev.notegraph.importer.corrections.CorrectionsReport;
import dev.notegraph.importer.extract.Analysis;
import dev.notegraph.importer.extract.NotesAnalyzer;
import dev.notegraph.importer.source.NoteFiles;
import dev.notegraph.importer.source.NoteProblem;
import dev.notegraph.importer.source.NoteReader;
import dev.notegraph.importer.topics.TopicDetection;
import dev.notegraph.importer.topics.TopicSummary;
import dev.notegraph.importer.write.AppliedCorrections;
import dev.notegraph.importer.write.FreshStoreWriter;
import dev.notegraph.importer.write.GraphWriter;
import dev.notegraph.schema.EmbeddedNeo4j;
import dev.notegraph.schema.GraphSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/** Imports a notes folder into Neo4j: read, compare with the graph, analyse, write what changed. */
public final class Importer {

    private final Driver driver;
    private final Supplier<? extends NotesAnalyzer> analyzer;
    private final NoteReader reader;
    private final GraphWriter writer;
    private final TopicDetection topics;
    private final CorrectionStore corrections;
    private final SessionConfig sessionConfig;
    private final ImportWrites writes;

    public Importer(Driver driver, NotesAnalyzer analyzer) {
        this(driver, analyzer, new NoteReader(), SessionConfig.defaultConfig());
    }

    /**
     * An importer that builds its analyzer only when some note changed: building one loads dictionaries, which
     * an unchanged folder should not pay for.
     */
    public Importer(Driver driver, Supplier<? extends NotesAnalyzer> analyzer) {
        this(driver, analyzer, new NoteReader(), SessionConfig.defaultConfig());
    }

    /** An importer with its own size cap and session settings (for example a database name). */
    public Importer(Driver driver, NotesAnalyzer analyzer, NoteReader reader, SessionConfig sessionConfig) {
        this(driver, () -> analyzer, reader, sessionConfig);
    }

    private Importer(
            Driver driver, Supplier<? extends NotesAnalyzer> analyzer, NoteReader reader, SessionConfig sessionConfig) {
        this.driver = driver;
        this.analyzer = analyzer;
        this.reader = reader;
        this.writer = new GraphWriter(driver, sessionConfig);
        this.topics = new TopicDetection(driver, sessionConfig);
        this.corrections = CorrectionStore.none();
        this.sessionConfig = sessionConfig;
        this.writes = new ImportWrites(writer, Optional.empty());
    }

    private Importer(Importer base, CorrectionStore corrections, ImportWrites writes) {
        this.driver = base.driver;
        this.analyzer = base.analyzer;
        this.reader = base.reader;
        this.writer = base.writer;
        this.topics = base.topics;
        this.sessionConfig = base.sessionConfig;
        this.corrections = corrections;
        this.writes = writes;
    }

    /**
     * This importer applying the learner's corrections from that store: read afresh by every import, applied
     * before the graph is written; a change to them alone makes the next import rewrite the graph.
     */
    public Importer withCorrections(CorrectionStore store) {
        return new Importer(this, store, writes);
    }

    /**
     * This importer writing the first import into that embedded server's store, while it is still empty, with
     * Neo4j's batch importer (the server restarts on the same port meanwhile); later imports are transactional.
     * The driver must be connected to that server.
     */
    public Importer withBulkFirstImport(EmbeddedNeo4j server) {
        return new Importer(this, corrections, writes.withBulk(new FreshStoreWriter(server, driver, sessionConfig)));
    }

    /**
     * Brings the graph in line with the folder. Notes that fail to read or analyse keep their previous facts
     * and are reported in the summary.
     *
     * @throws UncheckedIOException when the folder itself cannot be read
     */
    public ImportSummary importFolder(Path notesDir, ImportListener listener) {
        return importFolder(notesDir, listener, false);
    }

    /**
     * Like {@link #importFolder(Path, ImportListener)}; with {@code force} the notes are analysed even when no
     * file changed (after an analyzer upgrade), and only facts that differ are rewritten.
     */
    public ImportSummary importFolder(Path notesDir, ImportListener listener, boolean force) {
        var started = System.nanoTime();
        GraphSchema.apply(driver);
        listener.stage("reading");
        var readStart = System.nanoTime();
        var files = read(notesDir);
        files.sources().forEach(s -> listener.read(s.path()));
        var reading = since(readStart);
        var learner = corrections.load();
        var toApply = learner.corrections();
        var digest = Correction.digest(toApply);
        var applied = writer.appliedCorrections().orElse(AppliedCorrections.NONE);
        // Note facts are written before the concept layer: nameless concepts mean the last import stopped between.
        var redo = force || writer.unfinished() || !digest.equals(applied.digest());
        var plan = ImportPlan.of(files, writer.storedNotes(), redo);
        if (plan.nothingToDo()) {
            // A store written before topics existed gets them without a change to the notes.
            var found = topics.missing() ? topics.run() : TopicSummary.none();
            var summary = ImportSummaries.skipped(
                    files,
                    writer.counts(),
                    found,
                    new ImportSummary.Timings(reading, Duration.ZERO, Duration.ZERO, Duration.ZERO, since(started)),
                    CorrectionsReport.of(learner, applied.applied(), applied.unresolved()));
            listener.finished(summary);
            return summary;
        }
        listener.stage("analyzing");
        var analysed = analyzer.get().analyze(files.sources());
        var corrected = CorrectionsApplier.apply(analysed.graph(), toApply, evidenceNote(notesDir));
        var analysis = new Analysis(corrected.graph(), analysed.problems(), analysed.parsing(), analysed.extraction());
        var writeStart = System.nanoTime();
        var before = writer.conceptLayer();
        var applying = new AppliedCorrections(digest, corrected.applied(), corrected.unresolved());
        var imported = writes.write(plan, analysis, corrected.notPrerequisites(), applying, listener);
        var after = writer.conceptLayer();
        listener.stage("finding topics");
        var found = topics.run();
        var timings = new ImportSummary.Timings(
                reading, analysis.parsing(), analysis.extraction(), since(writeStart), since(started));
        var summary = ImportSummaries.written(
                files,
                plan,
                analysis,
                imported,
                writer.counts(),
                found,
                timings,
                ImportDiff.of(plan, problems(files, analysis), before, after),
                CorrectionsReport.of(learner, corrected.applied(), corrected.unresolved()));
        listener.finished(summary);
        return summary;
    }

    private NoteFiles read(Path notesDir) {
        try {
            return reader.read(notesDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the notes folder " + notesDir, e);
        }
    }

    /** Where a learner's edge says its evidence is: the corrections file, relative to the notes when inside them. */
    private String evidenceNote(Path notesDir) {
        var file = corrections.file();
        if (file.isEmpty()) {
            return "corrections";
        }
        var notes = notesDir.toAbsolutePath().normalize();
        var path = file.get();
        return path.startsWith(notes)
                ? notes.relativize(path).toString().replace('\\', '/')
                : path.getFileName().toString();
    }

    private static List<NoteProblem> problems(NoteFiles files, Analysis analysis) {
        var problems = new ArrayList<NoteProblem>(files.problems());
        problems.addAll(analysis.problems());
        return problems;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
