package dev.notegraph.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleCommandIT {

    private static final Path SEEDS =
            Path.of(System.getProperty("shared.dir", "../shared")).resolve("seeds");

    @Test
    void shouldDrawTheSameSampleForTheSameSeedAndAnotherForAnother() {
        var first = run("sample", "--notes", SEEDS.toString(), "--size", "20", "--seed", "7");
        var again = run("sample", "--notes", SEEDS.toString(), "--size", "20", "--seed", "7");
        var other = run("sample", "--notes", SEEDS.toString(), "--size", "20", "--seed", "8");

        assertThat(first.lines()).hasSize(20).allSatisfy(line -> {
            var fields = line.split("\t", -1);
            assertThat(fields).hasSize(4);
            // each concept comes with the note line a judge can read it in
            assertThat(fields[2]).matches(".+:\\d+");
        });
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void shouldExitTwoOnAMissingFolderOrABadSize() {
        assertThat(exit("sample", "--notes", SEEDS.resolve("missing").toString()))
                .isEqualTo(2);
        assertThat(exit("sample", "--notes", SEEDS.toString(), "--size", "0")).isEqualTo(2);
    }

    private static String run(String... args) {
        var out = new StringWriter();
        var cli = ImporterCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }

    private static int exit(String... args) {
        var cli = ImporterCli.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }
}
