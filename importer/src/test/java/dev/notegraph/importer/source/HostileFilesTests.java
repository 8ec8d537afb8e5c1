package dev.notegraph.importer.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are nearly notes: a stray NUL, looping and dangling links with a note's name. */
class HostileFilesTests {

    @TempDir
    Path dir;

    @Test
    void shouldDropAStrayNulFromOtherwiseValidText() throws Exception {
        Files.write(dir.resolve("nul.md"), "# 标题\n\n中间\0有空字节。\n".getBytes(StandardCharsets.UTF_8));

        var files = new NoteReader().read(dir);

        assertThat(files.problems()).isEmpty();
        assertThat(files.sources()).singleElement().satisfies(s -> assertThat(s.text())
                .isEqualTo("# 标题\n\n中间有空字节。\n"));
    }

    @Test
    void shouldStillCallManyNulsOrInvalidUtf8WithNulsBinary() throws Exception {
        Files.write(dir.resolve("mostly-nul.md"), new byte[] {'#', ' ', 0, 'a', 0, 'b', 0, '\n'});
        var png = new byte[40];
        java.util.Arrays.fill(png, (byte) 'x');
        png[0] = (byte) 0x89;
        png[4] = 0;
        Files.write(dir.resolve("png.md"), png);

        var files = new NoteReader().read(dir);

        assertThat(files.sources()).isEmpty();
        assertThat(files.problems())
                .extracting(NoteProblem::reason)
                .containsExactly("binary file, not text", "binary file, not text");
    }

    @Test
    void shouldReportLoopingAndDanglingNoteLinksButIgnoreOtherLinks() throws Exception {
        Files.createSymbolicLink(dir.resolve("ping.md"), dir.resolve("pong.md"));
        Files.createSymbolicLink(dir.resolve("pong.md"), dir.resolve("ping.md"));
        Files.createSymbolicLink(dir.resolve("gone.md"), dir.resolve("missing.md"));
        Files.createSymbolicLink(dir.resolve("gone.png"), dir.resolve("missing.png"));
        Files.createSymbolicLink(dir.resolve("up"), dir);

        var files = new NoteReader().read(dir);

        assertThat(files.sources()).isEmpty();
        assertThat(files.problems())
                .containsExactly(
                        new NoteProblem("gone.md", "symbolic link that loops or points nowhere"),
                        new NoteProblem("ping.md", "symbolic link that loops or points nowhere"),
                        new NoteProblem("pong.md", "symbolic link that loops or points nowhere"));
    }
}
