package dev.notegraph.importer.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corrections file: a round trip, a hand-written file, a broken one kept and reported, atomic writes. */
class CorrectionStoreTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:15:30Z");

    @TempDir
    Path notes;

    private CorrectionStore store() {
        return CorrectionStore.inFolder(notes);
    }

    private Path file() {
        return notes.resolve(".notegraph/corrections.yaml");
    }

    @Test
    void shouldReadNoFileAsNoCorrections() {
        var loaded = store().load();

        assertThat(loaded.error()).isEmpty();
        assertThat(loaded.corrections()).isEmpty();
        assertThat(Files.exists(file())).isFalse();
    }

    @Test
    void shouldKeepEveryKindThroughAWriteAndARead() {
        var store = store();
        var made = List.of(
                Correction.of(CorrectionKind.NOT_A_CONCEPT, List.of("引用计数"), NOW),
                Correction.of(CorrectionKind.SAME_CONCEPT, List.of("GIL", "全局解释器锁"), NOW),
                Correction.of(CorrectionKind.NOT_PREREQUISITE, List.of("TCP", "TIME-WAIT"), NOW),
                Correction.of(CorrectionKind.PREREQUISITE, List.of("三次握手", "TIME-WAIT"), NOW));
        made.forEach(store::add);

        var loaded = store().load();

        assertThat(loaded.error()).isEmpty();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.corrections()).containsExactlyElementsOf(made);
        assertThat(made).extracting(Correction::id).doesNotHaveDuplicates();
    }

    @Test
    void shouldWriteAPlainFileAPersonCanReadWithNamesAsGiven() throws Exception {
        store().add(Correction.of(CorrectionKind.SAME_CONCEPT, List.of("GIL", "全局解释器锁"), NOW));
        store().add(Correction.of(CorrectionKind.NOT_PREREQUISITE, List.of("TCP", "TIME-WAIT"), NOW));

        var text = Files.readString(file(), StandardCharsets.UTF_8);

        assertThat(text).startsWith("# notegraph corrections");
        assertThat(text).contains("kind: same-concept", "- GIL", "- 全局解释器锁", "from: TCP", "to: TIME-WAIT");
        assertThat(text).doesNotContain("\\u");
    }

    @Test
    void shouldAnswerTheStoredCorrectionWhenTheSameIsMadeTwice() {
        var first = store().add(Correction.of(CorrectionKind.NOT_A_CONCEPT, List.of("Foo"), NOW));
        var again = store().add(Correction.of(CorrectionKind.NOT_A_CONCEPT, List.of("Foo"), NOW.plusSeconds(60)));

        assertThat(again).isEqualTo(first);
        assertThat(store().load().corrections()).hasSize(1);
    }

    @Test
    void shouldTakeOneBackByIdAndSayWhenThereIsNone() {
        var keep = store().add(Correction.of(CorrectionKind.NOT_A_CONCEPT, List.of("Foo"), NOW));
        var drop = store().add(Correction.of(CorrectionKind.NOT_A_CONCEPT, List.of("Bar"), NOW));

        assertThat(store().remove(drop.id())).isTrue();
        assertThat(store().remove(drop.id())).isFalse();
        assertThat(store().remove("no-such-id")).isFalse();
        assertThat(store().load().corrections()).containsExactly(keep);
    }

    @Test
    void shouldReadAHandWrittenFileGivingEntriesWithoutIdsAStableOne() throws Exception {
        write(
                """
                # my corrections
                corrections:
                  - kind: not-a-concept
                    concept: 例如
                    why: an everyday word
                  - {kind: prerequisite, from: 三次握手, to: TIME-WAIT}
                """);

        var first = store().load().corrections();
        var second = store().load().corrections();

        assertThat(first)
                .extracting(Correction::kind)
                .containsExactly(CorrectionKind.NOT_A_CONCEPT, CorrectionKind.PREREQUISITE);
        assertThat(first.get(0).id()).isEqualTo(Correction.idOf(CorrectionKind.NOT_A_CONCEPT, List.of("例如")));
        assertThat(first).isEqualTo(second);
    }

    @Test
    void shouldKeepUnknownFieldsAndUnusableEntriesWhenItWrites() throws Exception {
        write(
                """
                corrections:
                  - kind: not-a-concept
                    concept: 例如
                    why: an everyday word
                  - kind: merge-please
                    concepts: [A, B]
                  - kind: not-prerequisite
                    from: TCP
                """);
        var loaded = store().load();
        assertThat(loaded.corrections()).hasSize(1);
        assertThat(loaded.problems())
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("entry 2", "unknown kind 'merge-please'"))
                .anySatisfy(p -> assertThat(p).contains("entry 3", "to: NAME"));

        store().add(Correction.of(CorrectionKind.NOT_A_CONCEPT, List.of("Foo"), NOW));

        var text = Files.readString(file());
        assertThat(text).contains("why: an everyday word", "kind: merge-please", "from: TCP", "concept: Foo");
        var again = store().load();
        assertThat(again.corrections()).hasSize(2);
        assertThat(again.problems()).hasSize(2);
        assertThat(again.corrections().get(0).id())
                .isEqualTo(loaded.corrections().get(0).id());
    }

    @Test
    void shouldReportABrokenFileAndNeverWriteOverIt() throws Exception {
        var broken =
                """
                corrections:
                  - kind: not-a-concept
                    concept: 例如
                  - kind: same-concept
                    concepts: [GIL, 全局解释器锁
                """;
        write(broken);

        var loaded = store().load();

        assertThat(loaded.error()).hasValueSatisfying(e -> assertThat(e).contains("not valid YAML"));
        assertThat(loaded.corrections()).isEmpty();
        var correction = Correction.of(CorrectionKind.NOT_A_CONCEPT, List.of("Foo"), NOW);
        assertThatThrownBy(() -> store().add(correction))
                .isInstanceOf(CorrectionsUnreadableException.class)
                .hasMessageContaining("corrections.yaml");
        assertThatThrownBy(() -> store().remove(Correction.idOf(CorrectionKind.NOT_A_CONCEPT, List.of("例如"))))
                .isInstanceOf(CorrectionsUnreadableException.class);
        assertThat(Files.readString(file())).isEqualTo(broken);
    }

    @Test
    void shouldReportAFileOfTheWrongShape() throws Exception {
        write("corrections: not-a-list\n");
        assertThat(store().load().error()).hasValueSatisfying(e -> assertThat(e).contains("must be a list"));
        write("- 42\n- kind: not-a-concept\n  concept: X\n");
        assertThat(store().load().error()).isEmpty();
        assertThat(store().load().corrections()).hasSize(1);
        write("just some text\n");
        assertThat(store().load().error()).isPresent();
        write("");
        assertThat(store().load().error()).isEmpty();
    }

    @Test
    void shouldReplaceTheFileAtomicallySoAReaderNeverSeesHalfAFile() throws Exception {
        var store = store();
        store.add(Correction.of(CorrectionKind.NOT_A_CONCEPT, List.of("c-0"), NOW));
        var seen = new ConcurrentLinkedQueue<String>();
        var reading = new AtomicBoolean(true);
        var reader = new Thread(() -> {
            var last = 0;
            while (reading.get()) {
                try {
                    var text = Files.readString(file());
                    var parsed = CorrectionsFile.parse(file(), text);
                    var count = parsed.corrections().size();
                    if (parsed.error().isPresent() || count < last) {
                        seen.add(text);
                    }
                    last = count;
                } catch (Exception e) {
                    seen.add(e.toString());
                }
            }
        });
        reader.start();

        for (var i = 1; i < 150; i++) {
            store.add(Correction.of(CorrectionKind.NOT_A_CONCEPT, List.of("c-" + i), NOW));
        }
        reading.set(false);
        reader.join();

        assertThat(seen).as("partial or shrunken files a reader saw").isEmpty();
        assertThat(store.load().corrections()).hasSize(150);
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("corrections.yaml");
        }
    }

    @Test
    void shouldFlagDuplicateIdsAndKeepThemOnDisk() throws Exception {
        write(
                """
                corrections:
                  - {id: a1, kind: not-a-concept, concept: X}
                  - {id: a1, kind: not-a-concept, concept: Y}
                """);

        var loaded = store().load();

        assertThat(loaded.corrections()).extracting(Correction::first).containsExactly("X");
        assertThat(loaded.problems()).singleElement().asString().contains("duplicate id a1");
    }

    private void write(String text) throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), text, StandardCharsets.UTF_8);
    }
}
