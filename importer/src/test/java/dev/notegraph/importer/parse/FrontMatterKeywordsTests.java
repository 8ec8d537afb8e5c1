package dev.notegraph.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterKeywordsTests {

    @Test
    void shouldReadAKeywordsEntryAsAListOrAsText() {
        assertThat(FrontMatterKeywords.of("---\nkeywords: [进程, 线程]\n---\n# 正文\n"))
                .containsExactly("进程", "线程");
        assertThat(FrontMatterKeywords.of("---\nkeywords: 进程，线程、协程\n---\n")).containsExactly("进程", "线程", "协程");
    }

    @Test
    void shouldReadTheMetaKeywordsAStaticSiteGeneratorTakesFromHead() {
        var text =
                """
                ---
                title: CAS 详解
                head:
                  - - meta
                    - name: keywords
                      content: CAS,ABA问题,自旋锁
                  - - meta
                    - name: description
                      content: 不是关键词，只是描述
                ---
                正文
                """;
        assertThat(FrontMatterKeywords.of(text)).containsExactly("CAS", "ABA问题", "自旋锁");
    }

    @Test
    void shouldDeclareNothingWithoutFrontMatterOrWhenItIsNoYaml() {
        assertThat(FrontMatterKeywords.of("# 标题\nkeywords: 进程\n")).isEmpty();
        assertThat(FrontMatterKeywords.of("---\nkeywords: [进程\n  : : ]\n---\n正文\n"))
                .isEmpty();
        assertThat(FrontMatterKeywords.of("---\n- 进程\n- 线程\n---\n")).isEmpty();
    }
}
