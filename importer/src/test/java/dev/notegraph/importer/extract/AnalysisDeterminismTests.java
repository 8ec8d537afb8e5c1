package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.source.NoteSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AnalysisDeterminismTests {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

    @Test
    void shouldGiveTheSameGraphForTheSameNotesWhateverWasAnalysedBefore() throws IOException {
        var seeds = read(SHARED.resolve("seeds"), 5);
        // Other notes in between would teach a shared segmenter dictionary new words.
        var others = read(SHARED.resolve("corpus/python-tutorial"), 15);

        var first = new MarkdownNotesAnalyzer().analyze(seeds).graph();
        new MarkdownNotesAnalyzer().analyze(others);
        var again = new MarkdownNotesAnalyzer().analyze(seeds).graph();

        assertThat(again.concepts()).isEqualTo(first.concepts());
        assertThat(again.edges()).isEqualTo(first.edges());
        assertThat(again.notes()).isEqualTo(first.notes());
    }

    private static List<NoteSource> read(Path dir, int max) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(
                            f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt"))
                    .sorted()
                    .limit(max)
                    .map(AnalysisDeterminismTests::source)
                    .toList();
        }
    }

    private static NoteSource source(Path file) {
        try {
            var bytes = Files.readAllBytes(file);
            return new NoteSource(file.getFileName().toString(), new String(bytes, StandardCharsets.UTF_8), "", 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
