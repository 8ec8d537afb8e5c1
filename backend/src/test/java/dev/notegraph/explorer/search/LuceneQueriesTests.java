package dev.notegraph.explorer.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuceneQueriesTests {

    @Test
    void shouldEscapeEverySpecialCharacter() {
        assertThat(LuceneQueries.literal("TIME-WAIT")).isEqualTo("TIME\\-WAIT");
        assertThat(LuceneQueries.literal("a+b && (c || !d) {e} [f] ^g \"h\" ~i *j ?k :l \\m /n"))
                .isEqualTo(
                        "a\\+b \\&\\& \\(c \\|\\| \\!d\\) \\{e\\} \\[f\\] \\^g \\\"h\\\" \\~i \\*j \\?k \\:l \\\\m \\/n");
    }

    @Test
    void shouldMakeOperatorsPlainWordsAndKeepChinese() {
        assertThat(LuceneQueries.literal("  TCP AND  UDP OR NOT x ")).isEqualTo("TCP and UDP or not x");
        assertThat(LuceneQueries.literal("全局解释器锁（GIL）")).isEqualTo("全局解释器锁（GIL）");
    }
}
