package dev.notegraph.importer.cli;

import dev.notegraph.importer.corrections.CorrectionStore;
import dev.notegraph.importer.eval.EvalSuite;
import dev.notegraph.importer.eval.Evaluation;
import dev.notegraph.importer.eval.GoldStandard;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yaml.snakeyaml.error.YAMLException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code importer eval --gold FILE [--notes DIR] [--files LIST] [--gold FILE …] [--halves]}: scores the extractor
 * against hand labels, several gold files side by side.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Imports the labelled notes into a temporary embedded Neo4j and scores the graph against each"
                + " gold file, beside a plain HanLP keyword baseline, with per-method figures.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evaluated", "2:usage, unreadable gold file, file list or notes folder"})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** One gold file and the notes it labels; repeat the group for side-by-side figures. */
    static final class Gold {
        @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold labels (YAML).")
        Path gold;

        @Option(
                names = "--notes",
                paramLabel = "DIR",
                description = "The notes folder; defaults to the one the gold file names (notes: DIR).")
        Path notes;

        @Option(
                names = "--files",
                paramLabel = "LIST",
                description = "Only these notes: one path per line, relative to the notes folder.")
        Path files;
    }

    @ArgGroup(exclusive = false, multiplicity = "1..*")
    List<Gold> golds;

    @Option(names = "--halves", description = "Also score each listed suite's two halves (split by file) on their own.")
    boolean halves;

    @Option(
            names = "--whole-folder",
            description = "Also score each listed suite (and its halves) on a graph of its whole notes folder, as a"
                    + " user imports it.")
    boolean wholeFolder;

    @Option(
            names = "--in-memory",
            description = "Score the analyzer's graph without writing it to Neo4j (faster; the default scores what"
                    + " the backend serves).")
    boolean inMemory;

    @Option(
            names = "--corrections",
            paramLabel = "FILE",
            description = "A learner's corrections (YAML, as .notegraph/corrections.yaml) to apply to every suite's"
                    + " graph, as an import applies them, to measure their effect.")
    Path corrections;

    @Override
    public Integer call() {
        var store = CorrectionStore.none();
        if (corrections != null) {
            if (!Files.isRegularFile(corrections)) {
                throw usage("Not a file: " + corrections.toAbsolutePath());
            }
            store = new CorrectionStore(corrections);
            var file = store.load();
            if (file.error().isPresent()) {
                throw usage("Cannot read the corrections file: " + file.error().get());
            }
            var err = spec.commandLine().getErr();
            err.printf("Corrections: %d from %s%n", file.corrections().size(), corrections);
            file.problems().forEach(p -> err.printf("Correction ignored: %s%n", p));
            err.flush();
        }
        var suites = new ArrayList<EvalSuite>();
        for (var gold : golds) {
            var suite = suite(gold);
            suites.add(suite);
            if (halves) {
                suites.addAll(suite.halves());
            }
            if (wholeFolder && !suite.files().isEmpty()) {
                suites.addAll(suite.inFolder(halves));
            }
        }
        var report = Evaluation.run(suites, !inMemory, store);
        var out = spec.commandLine().getOut();
        out.print(report.format());
        out.flush();
        return 0;
    }

    private EvalSuite suite(Gold gold) {
        if (!Files.isRegularFile(gold.gold)) {
            throw usage("Not a file: " + gold.gold.toAbsolutePath());
        }
        if (gold.files != null && !Files.isRegularFile(gold.files)) {
            throw usage("Not a file: " + gold.files.toAbsolutePath());
        }
        try {
            var folder = gold.notes != null
                    ? gold.notes
                    : GoldStandard.notesFolder(gold.gold).orElse(null);
            if (folder == null) {
                throw usage("The gold file names no notes folder: give --notes DIR");
            }
            if (!Files.isDirectory(folder)) {
                throw usage("Not a folder: " + folder.toAbsolutePath());
            }
            var suite = EvalSuite.of(gold.gold, folder, Optional.ofNullable(gold.files));
            for (var file : suite.files()) {
                if (!Files.isRegularFile(folder.resolve(file))) {
                    throw usage("The file list names a note that is not there: " + folder.resolve(file));
                }
            }
            return suite;
        } catch (UncheckedIOException | YAMLException | ClassCastException e) {
            throw usage("Cannot read the gold file: " + e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
