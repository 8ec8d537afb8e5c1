package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormTrieTests {

    private final FormTrie trie = new FormTrie(
            Map.of("tcp", 0, "tcp连接", 1, "连接", 2, "poll", 3, "timewait", 4, "池", 5, Keys.match("__get__"), 6));

    @Test
    void shouldTakeTheLongestFormAtTheLeftmostStart() {
        assertThat(trie.find("建立TCP连接后，连接关闭")).containsExactly(new FormTrie.Hit(1, 2, 7), new FormTrie.Hit(2, 9, 11));
    }

    @Test
    void shouldFindLatinFormsOnlyAsWholeWords() {
        assertThat(trie.find("epoll 与 poll")).containsExactly(new FormTrie.Hit(3, 8, 12));
    }

    @Test
    void shouldMatchFoldedSpellingsWithOffsetsIntoTheLine() {
        assertThat(trie.find("进入 TIME_WAIT 状态")).containsExactly(new FormTrie.Hit(4, 3, 12));
    }

    @Test
    void shouldKeepTheUnderscoresThatOpenAndCloseAName() {
        // TIME_WAIT and time wait are one spelling; Python's __get__ is not HTTP's GET nor a map's get
        assertThat(Keys.match("TIME_WAIT")).isEqualTo(Keys.match("time wait"));
        assertThat(Keys.match("tcp_tw_reuse")).isEqualTo(Keys.match("tcp-tw-reuse"));
        assertThat(Keys.match("__get__")).isNotEqualTo(Keys.match("get"));
        assertThat(trie.find("GET /api/orders 返回订单，map.get(key) 取值")).isEmpty();
        assertThat(trie.find("定义了 __get__ 方法的对象")).containsExactly(new FormTrie.Hit(6, 4, 11));
    }

    @Test
    void shouldLeaveOutSingleChineseCharacters() {
        assertThat(trie.find("线程池")).isEmpty();
    }

    @Test
    void shouldFindNothingWithoutForms() {
        assertThat(new FormTrie(Map.of()).find("TCP 连接")).isEmpty();
    }
}
