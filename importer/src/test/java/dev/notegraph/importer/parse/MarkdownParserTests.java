package dev.notegraph.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MarkdownParserTests {

    private static ParsedNote note;

    @BeforeAll
    static void parse() throws IOException {
        try (var in = MarkdownParserTests.class.getResourceAsStream("/notes/parser-fixture.md")) {
            var text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            note = new MarkdownParser().parse("dir/parser-fixture.md", text);
        }
    }

    @Test
    void shouldTakeTheTitleAndDataFromFrontMatter() {
        assertThat(note.title()).isEqualTo("并发笔记");
        assertThat(note.frontMatter()).containsKey("tag");
    }

    @Test
    void shouldBuildTheSectionTreeWithLines() {
        assertThat(note.sections()).extracting(ParsedSection::heading).containsExactly("并发笔记", "进程与线程", "无空格标题", "对比表");
        var root = note.sections().get(0);
        var first = note.sections().get(1);
        assertThat(root.level()).isZero();
        assertThat(root.parentOrder()).isEqualTo(-1);
        assertThat(first.line()).isEqualTo(6);
        assertThat(first.endLine()).isEqualTo(9);
        assertThat(first.markdown()).startsWith("# 进程与线程").contains("内存拷贝");
        assertThat(note.sections().get(3).parentOrder()).isEqualTo(2);
        assertThat(note.sections().get(3).level()).isEqualTo(2);
    }

    @Test
    void shouldNotTakeCodeCommentsForHeadings() {
        assertThat(note.sections()).extracting(ParsedSection::heading).doesNotContain("求交集");
        assertThat(note.blocks()).extracting(TextBlock::text).noneMatch(t -> t.contains("print"));
    }

    @Test
    void shouldKeepCodeBlocksApartFromTheProse() {
        assertThat(note.code()).singleElement().satisfies(code -> {
            assertThat(code.info()).isEqualTo("python");
            assertThat(code.line()).isEqualTo(20);
            assertThat(code.text()).contains("print(a & b)");
        });
    }

    @Test
    void shouldRecoverBoldThatCommonMarkLeavesLiteral() {
        assertThat(note.spans())
                .filteredOn(s -> s.kind() == InlineSpan.Kind.STRONG)
                .extracting(InlineSpan::text, InlineSpan::line)
                .contains(org.assertj.core.groups.Tuple.tuple("内存拷贝：", 8));
        assertThat(note.blocks()).extracting(TextBlock::text).contains("未闭合的粗体");
    }

    @Test
    void shouldStripUrlsImagesCommentsAndContainerMarkers() {
        var texts = note.blocks().stream().map(TextBlock::text).toList();
        assertThat(texts)
                .noneMatch(t -> t.contains("http") || t.contains("png") || t.contains("include") || t.contains(":::"));
        assertThat(texts).anyMatch(t -> t.startsWith("详见 文档"));
        assertThat(note.blocks()).anyMatch(b -> b.text().contains("使用 epoll_wait 等待事件") && b.line() == 16);
    }

    @Test
    void shouldDropFilePathsButKeepSlashedNames() {
        assertThat(TextCleaner.clean("36946  docs/ai/rag/graphrag.md 讲 GraphRAG"))
                .doesNotContain("docs", "rag/", "graphrag")
                .endsWith("讲 GraphRAG");
        assertThat(TextCleaner.clean("运行 `tests/test_order.py` 即可")).doesNotContain("test");
        assertThat(TextCleaner.clean("TCP/IP 与 I/O 多路复用，见 README.md")).isEqualTo("TCP/IP 与 I/O 多路复用，见 README.md");
    }

    @Test
    void shouldReadTablesListsQuotesAndInlineCode() {
        assertThat(note.blocks())
                .anyMatch(b -> b.kind() == TextBlock.Kind.TABLE && b.text().contains("TCP") && b.line() == 28);
        assertThat(note.blocks())
                .anyMatch(b -> b.kind() == TextBlock.Kind.LIST_ITEM && b.text().equals("共享内存"));
        assertThat(note.blocks())
                .anyMatch(b -> b.kind() == TextBlock.Kind.QUOTE && b.text().contains("强调"));
        assertThat(note.spans())
                .anyMatch(s -> s.kind() == InlineSpan.Kind.CODE && s.text().equals("epoll_wait"));
        assertThat(note.spans())
                .anyMatch(s -> s.kind() == InlineSpan.Kind.STRONG && s.text().equals("进程间通信（IPC）:"));
    }

    @Test
    void shouldFindTheSectionOfALine() {
        assertThat(note.sectionAt(28).heading()).isEqualTo("对比表");
        assertThat(note.sectionAt(2).order()).isZero();
    }
}
