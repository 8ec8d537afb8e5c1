package dev.notegraph.importer.cli;

import dev.notegraph.importer.ImportSummary;
import dev.notegraph.importer.Importer;
import dev.notegraph.importer.corrections.CorrectionStore;
import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.importer.extract.NotesAnalyzer;
import dev.notegraph.importer.source.NoteReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code java -jar importer.jar --notes DIR (--uri URI | --embedded STORE)}: imports a notes folder. */
@Command(
        name = "importer",
        mixinStandardHelpOptions = true,
        description = "Imports a folder of Markdown notes into Neo4j as a knowledge graph.",
        subcommands = {EvalCommand.class, SampleCommand.class, ExportCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:imported",
            "1:some notes failed (the others were imported), or the import itself failed",
            "2:usage, notes folder or database connection error"
        })
public final class ImporterCli implements Callable<Integer> {

    static final int NOTES_FAILED = 1;
    static final int CANNOT_RUN = 2;

    // Migrations log each applied step through java.util.logging; a CLI user only needs failures. Held in a
    // field because java.util.logging keeps loggers weakly and would forget the level.
    private static final Logger MIGRATIONS_LOG = Logger.getLogger("ac.simons.neo4j.migrations");

    @Spec
    CommandSpec spec;

    // --notes and the database are required for an import, checked in call(): picocli would demand them of the
    // eval subcommand too if they were declared required here
    @Option(names = "--notes", paramLabel = "DIR", description = "The notes folder (required).")
    Path notes;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Files bigger than this are reported, not read.")
    long maxBytes = NoteReader.DEFAULT_MAX_BYTES;

    @Option(names = "--stacktrace", description = "Print the stack trace of an error.")
    boolean stackTrace;

    @Option(names = "--force", description = "Analyse even if no file changed, e.g. after an upgrade.")
    boolean force;

    @Option(
            names = "--corrections",
            paramLabel = "FILE",
            description = "The learner's corrections (YAML) to apply; default: .notegraph/corrections.yaml in the"
                    + " notes folder, when it is there.")
    Path corrections;

    private final Supplier<NotesAnalyzer> analyzers;

    public ImporterCli() {
        this(MarkdownNotesAnalyzer::new);
    }

    /** A CLI that analyses with the given analyzer, for subcommands and tests. */
    public ImporterCli(Supplier<NotesAnalyzer> analyzers) {
        this.analyzers = analyzers;
    }

    public static void main(String[] args) {
        // Before any logger exists: the CLI shows a progress bar and a summary, not library chatter.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.exit(commandLine().execute(args));
    }

    /** The command line with its defaults, ready to {@code execute(args)}. */
    public static CommandLine commandLine() {
        return new CommandLine(new ImporterCli());
    }

    @Override
    public Integer call() {
        if (notes == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--notes=DIR'");
        }
        if (database.target == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Missing required argument (specify one of these): (--uri=URI | --embedded=STORE_DIR)");
        }
        quietLogging();
        if (!Files.isDirectory(notes)) {
            // Checked before the database opens: starting an embedded store only to fail costs seconds.
            return fail(CANNOT_RUN, "Not a folder: " + notes.toAbsolutePath(), null);
        }
        GraphTarget graph;
        try {
            graph = database.open();
        } catch (RuntimeException e) {
            return fail(CANNOT_RUN, "Cannot open the database: " + e.getMessage(), e);
        }
        try (graph) {
            return importInto(graph);
        } catch (Neo4jException e) {
            return fail(CANNOT_RUN, "Neo4j error: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            return fail(CANNOT_RUN, e.getMessage() + ": " + e.getCause().getMessage(), e);
        } catch (RuntimeException e) {
            // Not the user's doing: the notes may have hit an analyzer bug. The graph keeps its previous state.
            return fail(NOTES_FAILED, "Import failed: " + e, e);
        }
    }

    private int importInto(GraphTarget graph) {
        var store = corrections != null ? new CorrectionStore(corrections) : CorrectionStore.inFolder(notes);
        var importer = new Importer(graph.driver(), analyzers.get(), new NoteReader(maxBytes), database.sessionConfig())
                .withCorrections(store);
        ImportSummary summary;
        try (var progress = new ProgressListener(System.err)) {
            summary = importer.importFolder(notes, progress, force);
        }
        SummaryPrinter.print(summary, spec.commandLine().getOut());
        return summary.failed() > 0 ? NOTES_FAILED : 0;
    }

    private int fail(int exitCode, String message, Exception cause) {
        var err = spec.commandLine().getErr();
        err.println(message);
        if (stackTrace && cause != null) {
            cause.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    private static void quietLogging() {
        MIGRATIONS_LOG.setLevel(Level.WARNING);
    }
}
