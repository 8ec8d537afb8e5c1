package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidateTests {

    private static String form(String written) {
        return new Candidate(written, "note.md", 1, 1, Source.HEADING).form();
    }

    @Test
    void shouldDropTheEmojiAndQuoteMarksAroundAForm() {
        assertThat(form("⭐️Spring 事务")).isEqualTo("Spring 事务");
        assertThat(form("⚠️注意")).isEqualTo("注意");
        assertThat(form("“广播”")).isEqualTo("广播");
        assertThat(form("「零拷贝」 ")).isEqualTo("零拷贝");
    }

    @Test
    void shouldKeepWhatIsPartOfTheName() {
        assertThat(form("loadClass()")).isEqualTo("loadClass()");
        assertThat(form("C++")).isEqualTo("C++");
        assertThat(form("I/O 多路复用")).isEqualTo("I/O 多路复用");
        assertThat(form("⭐️")).isEmpty();
    }
}
