package dev.notegraph.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Inputs that made flexmark or the cleaner's regexes quadratic; timeouts are hang guards, not targets. */
class HostileMarkdownTests {

    private static final int MEGABYTE = 1024 * 1024;

    private final MarkdownParser parser = new MarkdownParser();

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldParseAMegabyteLineOfUnmatchedLinkAndTagOpeners() {
        var text = "# 未配对\n\n" + "[**_`<a ![x](".repeat(MEGABYTE / 13) + "\n\n## 之后\n\n正文\n";

        var note = parser.parse("brackets.md", text);

        assertThat(note.sections()).extracting(ParsedSection::heading).containsExactly("未配对", "未配对", "之后");
        assertThat(note.sections().get(2).line()).isEqualTo(5);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldCleanAMegabyteLineOfOpenersInLinearTime() {
        var cleaned = TextCleaner.clean("[a](" + "![x](<b ".repeat(MEGABYTE / 8));

        assertThat(cleaned).startsWith("[a](").hasSizeGreaterThan(MEGABYTE / 2);
    }

    @Test
    void shouldReadAnUnclosedFrontMatterAsMarkdownButKeepAClosedOne() {
        var unclosed = parser.parse("open.md", "---\ntitle: 没有结束\n\n# 红黑树\n\n正文\n");
        var closed = parser.parse("closed.md", "---\ntitle: 有结束\n---\n# 红黑树\n");

        assertThat(unclosed.sections()).extracting(ParsedSection::heading).containsExactly("红黑树", "红黑树");
        assertThat(unclosed.sections().get(1).line()).isEqualTo(4);
        assertThat(closed.title()).isEqualTo("有结束");
        assertThat(closed.sections()).extracting(ParsedSection::heading).contains("红黑树");
    }

    @Test
    void shouldLeaveOrdinaryNotesAlone() {
        var text = "# 链接\n\n见 [epoll](https://man7.org/epoll) 与 `select`，&amp; <b>粗</b>。\n";

        assertThat(MarkupBudget.defuse(text)).isSameAs(text);
        assertThat(TextCleaner.clean("见 [epoll](https://man7.org/epoll) 与 <b>粗</b>"))
                .isEqualTo("见 epoll 与  粗");
    }

    @Test
    void shouldBlankOnlyTheCostlyBlockAndKeepEveryOffset() {
        var costly = "x](<&`".repeat(5000);
        var text = "# 标题\n\n[a](b) 正常\n\n" + costly + "\n\n尾 [c](d)\n";

        var defused = MarkupBudget.defuse(text);

        assertThat(defused).hasSameSizeAs(text);
        assertThat(defused.lines()).hasSameSizeAs(text.lines().toList());
        assertThat(defused).contains("[a](b) 正常", "尾 [c](d)").doesNotContain("x](");
    }
}
