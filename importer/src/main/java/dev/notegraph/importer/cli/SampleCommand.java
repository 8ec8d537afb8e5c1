package dev.notegraph.importer.cli;

import dev.notegraph.importer.eval.ConceptSample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code importer sample --notes DIR [--size N] [--seed S]}: concepts to judge by hand, one per line. */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = "Prints a seeded random sample of the concepts a notes folder yields (name, aliases, note:line,"
                + " the line), tab-separated, for judging precision against a rubric.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:sampled", "2:usage or notes folder error"})
final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--notes", required = true, paramLabel = "DIR", description = "The notes folder.")
    Path notes;

    @Option(names = "--size", defaultValue = "100", description = "How many concepts (default ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--seed", defaultValue = "20261202", description = "The random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (!Files.isDirectory(notes)) {
            throw new ParameterException(spec.commandLine(), "Not a folder: " + notes.toAbsolutePath());
        }
        if (size < 1) {
            throw new ParameterException(spec.commandLine(), "--size must be at least 1");
        }
        var out = spec.commandLine().getOut();
        for (var item : ConceptSample.draw(notes, size, seed)) {
            out.printf(
                    "%s\t%s\t%s:%d\t%s%n",
                    item.name(),
                    String.join("|", item.aliases()),
                    item.note(),
                    item.line(),
                    item.text().replace('\t', ' ').replace('\n', ' '));
        }
        out.flush();
        return 0;
    }
}
