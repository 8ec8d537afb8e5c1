package dev.notegraph.importer.cli;

import dev.notegraph.importer.eval.Evaluation;
import dev.notegraph.importer.eval.GoldStandard;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yaml.snakeyaml.error.YAMLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code importer eval --gold FILE [--notes DIR]}: scores the extractor against hand labels. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Imports the notes into a temporary embedded Neo4j and scores the graph against a gold file,"
                + " beside a plain HanLP keyword baseline.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evaluated", "2:usage, unreadable gold file or notes folder"})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold labels (YAML).")
    Path gold;

    @Option(
            names = "--notes",
            paramLabel = "DIR",
            description = "The notes folder; defaults to the one the gold file names (notes: DIR).")
    Path notes;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(gold)) {
            throw new ParameterException(spec.commandLine(), "Not a file: " + gold.toAbsolutePath());
        }
        Path folder;
        try {
            folder = notes != null ? notes : GoldStandard.notesFolder(gold).orElse(null);
        } catch (UncheckedIOException | YAMLException | ClassCastException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read the gold file: " + e.getMessage());
        }
        if (folder == null) {
            throw new ParameterException(spec.commandLine(), "The gold file names no notes folder: give --notes DIR");
        }
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "Not a folder: " + folder.toAbsolutePath());
        }
        var report = Evaluation.run(folder, gold);
        var out = spec.commandLine().getOut();
        out.print(report.format());
        out.flush();
        return 0;
    }
}
