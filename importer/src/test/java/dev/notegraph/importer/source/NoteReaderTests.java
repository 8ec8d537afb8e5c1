package dev.notegraph.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class NoteReaderTests {

    private static final Path FIXTURES = fixtures();

    private final NoteFiles files = read(FIXTURES);
    private final Map<String, NoteSource> byPath =
            files.sources().stream().collect(Collectors.toMap(NoteSource::path, Function.identity()));
    private final Map<String, String> problems =
            files.problems().stream().collect(Collectors.toMap(NoteProblem::path, NoteProblem::reason));

    @Test
    void shouldTakeNoteExtensionsIgnoringCaseSortedWithSlashPaths() {
        assertThat(files.sources())
                .extracting(NoteSource::path)
                .containsExactly(
                        "Upper.MARKDOWN",
                        "empty.md",
                        "gb18030.md",
                        "plain.txt",
                        "sub/nested.md",
                        "utf16le.md",
                        "utf8-bom.md");
    }

    @Test
    void shouldSkipHiddenFoldersAndOtherExtensions() {
        assertThat(byPath).doesNotContainKeys(".hidden/secret.md", "image.png");
        assertThat(problems).doesNotContainKeys(".hidden/secret.md", "image.png");
    }

    @Test
    void shouldStripTheUtf8ByteOrderMark() {
        assertThat(byPath.get("utf8-bom.md").text()).startsWith("# GIL 全局解释器锁\n");
    }

    @Test
    void shouldDecodeUtf16WithByteOrderMark() {
        assertThat(byPath.get("utf16le.md").text()).isEqualTo("# epoll 多路复用\n\nUTF-16LE with BOM.\n");
    }

    @Test
    void shouldFallBackToGb18030ForChineseThatIsNotUtf8() {
        assertThat(byPath.get("gb18030.md").text()).contains("三次握手", "TIME-WAIT 状态");
    }

    @Test
    void shouldReadAnEmptyFileAsEmptyText() {
        assertThat(byPath.get("empty.md").text()).isEmpty();
        assertThat(byPath.get("empty.md").bytes()).isZero();
    }

    @Test
    void shouldReportBinaryAndUndecodableFilesWithoutThrowing() {
        assertThat(problems)
                .containsOnlyKeys("binary.md", "undecodable.md")
                .containsEntry("binary.md", "binary file, not text");
        assertThat(problems.get("undecodable.md")).contains("not UTF-8").doesNotContain("\n");
    }

    @Test
    void shouldHashTheFileBytes() throws Exception {
        var bytes = Files.readAllBytes(FIXTURES.resolve("utf16le.md"));
        var expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(byPath.get("utf16le.md").sha256()).isEqualTo(expected);
        assertThat(byPath.get("utf16le.md").bytes()).isEqualTo(bytes.length);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void shouldNotFollowASymlinkLoop(@TempDir Path dir) throws Exception {
        var folder = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(folder.resolve("note.md"), "# note\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(folder.resolve("loop"), dir.resolve("a"));
        Files.createSymbolicLink(dir.resolve("linked.md"), folder.resolve("note.md"));

        var result = read(dir);

        assertThat(result.sources()).extracting(NoteSource::path).containsExactly("a/b/note.md", "linked.md");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void shouldReportFilesOverTheSizeCap(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("big.md"), "x".repeat(101));
        Files.writeString(dir.resolve("small.md"), "x".repeat(100));

        var result = new NoteReader(100).read(dir);

        assertThat(result.sources()).extracting(NoteSource::path).containsExactly("small.md");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("big.md");
            assertThat(p.reason()).contains("cap");
        });
    }

    @Test
    void shouldRefuseAFolderThatDoesNotExist(@TempDir Path dir) {
        assertThatThrownBy(() -> new NoteReader().read(dir.resolve("missing")))
                .isInstanceOf(NotDirectoryException.class);
    }

    private static NoteFiles read(Path dir) {
        try {
            return new NoteReader().read(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path fixtures() {
        try {
            return Path.of(NoteReaderTests.class.getResource("/reader").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
