package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.KnowledgeGraph;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Terms come from how a note marks and defines them, not from the bundled lexicon. */
class TermEvidenceTests {

    private static KnowledgeGraph graph;

    @BeforeAll
    static void analyze() throws IOException {
        var notes = List.of(
                NoteFixtures.note("definitions-fixture.md"),
                NoteFixtures.note("noise-fixture.md"),
                NoteFixtures.note("keywords-fixture.md"),
                NoteFixtures.note("example-code-fixture.md"));
        graph = new MarkdownNotesAnalyzer(Lexicon.of(List.of())).analyze(notes).graph();
    }

    private static Optional<ConceptNode> concept(String form) {
        return NoteFixtures.concept(graph, form);
    }

    @Test
    void shouldMakeAConceptOfEveryTermTheNoteDefines() {
        assertThat(concept("令牌桶算法")).isPresent();
        assertThat(concept("时间轮")).isPresent();
        assertThat(concept("倒排索引")).isPresent();
    }

    @Test
    void shouldMakeAConceptOfAKeywordTheNoteDeclaresAndUses() {
        // the segmenter splits 哈希冲突 and 负载因子; the front matter says they are names
        assertThat(concept("哈希冲突")).isPresent();
        assertThat(concept("负载因子")).isPresent();
        assertThat(concept("开放寻址法")).isPresent();
        // declared, never used: a site's keyword list, not a term of this note
        assertThat(concept("简历优化")).isEmpty();
    }

    @Test
    void shouldLeaveOutTheLocalsOfANotesExampleCode() {
        // declared by the example and named once in passing
        assertThat(concept("PersonInfo")).isEmpty();
        assertThat(concept("internal_id")).isEmpty();
        // declared too, as the note quotes the library to explain it, line after line
        assertThat(concept("InvocationHandler")).isPresent();
    }

    @Test
    void shouldMakeAConceptOfWhatANoteCallsSoAndSo() {
        assertThat(concept("拉链法")).isPresent();
    }

    @Test
    void shouldMakeAConceptOfANameGivenInPassing() {
        assertThat(concept("描述器")).isPresent();
        assertThat(concept("数据页")).isPresent();
        // a pronoun after 叫 is whom it wakes, not a name
        assertThat(concept("醒它")).isEmpty();
        // the name glossed is what follows 叫, not the clause before it
        assertThat(concept("等待图"))
                .hasValueSatisfying(c -> assertThat(c.aliases()).contains("Wait-for Graph"));
        assertThat(concept("图叫等待图")).isEmpty();
        // a number and its measure word after the cue counts requests, it names nothing
        assertThat(concept("一批")).isEmpty();
    }

    @Test
    void shouldKeepAHeadingsEndingOnlyWhereTheNoteWritesTheTermWithIt() {
        // the note never writes ABA alone: 问题 is part of the name; it writes 线程安全 alone: 问题 is generic there
        assertThat(concept("ABA 问题")).isPresent();
        assertThat(concept("线程安全")).isPresent();
        assertThat(concept("线程安全问题")).isEmpty();
    }

    @Test
    void shouldReadAModifierOrAnAdjectiveTheTaggerMisreadsAsPartOfTheTerm() {
        // 最/d 大/a 堆/q, 最终/d 一致性/n, 单向/d 链/q 表/n, 空指针/n 异常/a: the tags read clauses, the names are terms
        assertThat(concept("最大堆")).isPresent();
        assertThat(concept("最终一致性")).isPresent();
        assertThat(concept("单向链表")).isPresent();
        assertThat(concept("空指针异常")).isPresent();
        // a degree and a word (最典型) or two names joined (乐观锁和悲观锁) are no one term
        assertThat(concept("最典型")).isEmpty();
        assertThat(concept("乐观锁和悲观锁")).isEmpty();
    }

    @Test
    void shouldCountEveryLineThatWritesAPhraseMarkedOnce() {
        assertThat(concept("CPU 缓存模型")).isPresent();
    }

    @Test
    void shouldTrustAMarkedTermOverTheTaggersGuess() {
        // the tagger reads 满二叉树 as 满/a 二/m 叉/n 树/v; a heading and a bold word say it is a term
        assertThat(concept("满二叉树")).isPresent();
    }

    @Test
    void shouldNeverMakeConceptsOfVerbsFillersCodeLocalsOrGenericEnglish() {
        for (var form : List.of(
                "执行",
                "支持",
                "知道",
                "创建",
                "等待",
                "浏览",
                "简言之",
                "count",
                "tmp",
                "conn",
                "handle",
                "Time",
                "wait",
                "Output",
                "Client",
                "Port",
                "callback",
                "store",
                "delete",
                // cut out of Pokémon at the é
                "mon",
                "Pok")) {
            assertThat(concept(form)).as(form).isEmpty();
        }
        // the same note's terms do come back
        assertThat(concept("三次握手")).isPresent();
        assertThat(concept("epoll")).isPresent();
    }

    @Test
    void shouldNotMakeConceptsOfEverydayWordsAWriterHeadsOrBolds() {
        // words frequent in any Chinese text name what a note talks about, not a concept to look up
        assertThat(concept("项目")).isEmpty();
        assertThat(concept("技术")).isEmpty();
        // unless the note defines one
        assertThat(concept("服务")).isPresent();
    }

    @Test
    void shouldNotMakeConceptsOfLabelsAndClauses() {
        assertThat(concept("举个例子")).isEmpty();
        assertThat(concept("非常重要")).isEmpty();
        assertThat(concept("常见问题")).isEmpty();
        // a section's wrap-up, a comparison and a question name no concept
        assertThat(concept("索引小结")).isEmpty();
        assertThat(concept("RDB 比 AOF 优秀")).isEmpty();
        assertThat(concept("Redis 有何用")).isEmpty();
        assertThat(concept("Redis 有何")).isEmpty();
        // a heading's ending stays heading wording after a Latin name; 问题 alone joins one (ABA 问题 above)
        assertThat(concept("Gradle 优势")).isEmpty();
        assertThat(concept("RDB 部分")).isEmpty();
        assertThat(concept("Maven 专题")).isEmpty();
        assertThat(concept("Maven 核心概念")).isEmpty();
        assertThat(concept("项目经历")).isEmpty();
        assertThat(concept("HashMap 源码分析")).isEmpty();
        // a verb and its complement of direction
        assertThat(concept("跑出来")).isEmpty();
        // an adjective that qualifies the writer's case opens no term, however often it is bolded
        assertThat(concept("实际项目")).isEmpty();
    }
}
