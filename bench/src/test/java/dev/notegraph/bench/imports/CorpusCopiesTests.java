package dev.notegraph.bench.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCopiesTests {

    @Test
    void shouldCopyEveryNoteUnderANewNamePerCopy(@TempDir Path dir) throws Exception {
        var corpus = Files.createDirectories(dir.resolve("corpus/java"));
        Files.writeString(corpus.resolve("jvm.md"), "# JVM\n");
        Files.writeString(corpus.resolve("gc.txt"), "垃圾回收\n");
        Files.writeString(corpus.resolve("logo.png"), "not a note");

        var copies = CorpusCopies.make(dir.resolve("corpus"), 3, dir.resolve("out"));

        try (Stream<Path> files = Files.walk(copies)) {
            var names = files.filter(Files::isRegularFile)
                    .map(p -> copies.relativize(p).toString())
                    .sorted()
                    .toList();
            assertThat(names)
                    .containsExactly(
                            "copy-1/java/c1-gc.txt",
                            "copy-1/java/c1-jvm.md",
                            "copy-2/java/c2-gc.txt",
                            "copy-2/java/c2-jvm.md",
                            "copy-3/java/c3-gc.txt",
                            "copy-3/java/c3-jvm.md");
        }
        assertThat(Files.readString(copies.resolve("copy-2/java/c2-gc.txt"))).isEqualTo("垃圾回收\n");
        assertThat(Folders.noteBytes(copies)).isEqualTo(3 * (Folders.noteBytes(dir.resolve("corpus"))));
    }
}
