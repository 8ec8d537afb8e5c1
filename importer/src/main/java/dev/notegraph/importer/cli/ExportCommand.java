package dev.notegraph.importer.cli;

import dev.notegraph.importer.export.ExportFormat;
import dev.notegraph.importer.export.GraphExporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code importer export --format F (--uri URI | --embedded DIR) [--out FILE]}: the concept graph as a file. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Exports the imported concept graph: graphml (Gephi, yEd, Cytoscape), json (node-link),"
                + " csv (a zip of concepts.csv and relations.csv) or cypher (a script for an empty Neo4j).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "2:usage or database error"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "F", description = "graphml, json, csv or cypher.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write; standard output if absent.")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws IOException {
        var chosen = ExportFormat.parse(format)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "Unknown --format '" + format + "': one of " + ExportFormat.names()));
        if (database.target == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Missing required argument (specify one of these): (--uri=URI | --embedded=STORE_DIR)");
        }
        try (var graph = database.open()) {
            var exporter = new GraphExporter(graph.driver(), database.sessionConfig());
            if (out == null) {
                // Standard output stays open for the JVM: flushed, never closed.
                var stdout = new BufferedOutputStream(System.out);
                exporter.write(chosen, stdout);
                stdout.flush();
            } else {
                try (var file = new BufferedOutputStream(Files.newOutputStream(out))) {
                    exporter.write(chosen, file);
                }
            }
        }
        return 0;
    }
}
