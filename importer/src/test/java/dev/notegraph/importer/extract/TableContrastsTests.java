package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.importer.source.NoteSource;
import dev.notegraph.schema.ConceptRelation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TableContrastsTests {

    private static final String NOTE =
            """
            # 笔记

            ## 代理

            **静态代理**是在编译期写好的代理类。

            **动态代理**是在运行时生成的代理类。

            | 对比维度 | 静态代理 | 动态代理 |
            | --- | --- | --- |
            | 时机 | 编译期 | 运行时 |

            ## 并发问题

            **死锁**是多个线程互相等待对方释放资源。

            **活锁**是线程不断重试却没有进展。

            **缓存**是存放热点数据的地方。

            | 问题 | 表现 |
            | --- | --- |
            | 死锁 | 互相等待 |
            | 活锁 | 不断重试 |

            | 配置项 | 说明 |
            | --- | --- |
            | 缓存 | 存放热点数据，和死锁无关 |
            | 超时时间 | 等多久 |
            """;

    private static KnowledgeGraph graph;

    @BeforeAll
    static void analyze() {
        graph = new MarkdownNotesAnalyzer(Lexicon.of(List.of()))
                .analyze(List.of(new NoteSource("tables.md", NOTE, "sha", 1)))
                .graph();
    }

    private static List<String> contrastMethods(String a, String b) {
        return graph.edges().stream()
                .filter(e -> e.type() == ConceptRelation.CONTRASTS_WITH
                        && (e.source().equals(a) && e.target().equals(b)
                                || e.source().equals(b) && e.target().equals(a)))
                .map(ConceptEdge::methods)
                .findFirst()
                .orElse(List.of());
    }

    @Test
    void shouldContrastWhatAComparisonTablesColumnsName() {
        assertThat(contrastMethods("静态代理", "动态代理")).contains(TableContrasts.COLUMNS);
    }

    @Test
    void shouldContrastWhatItsRowsNameWhenTheColumnsAreDimensions() {
        assertThat(contrastMethods("死锁", "活锁")).contains(TableContrasts.ROWS);
    }

    @Test
    void shouldNotContrastRowsWhenSomeRowNamesNoConcept() {
        // 超时时间 names nothing: the table lists settings, it does not compare 缓存 with anything
        assertThat(graph.edges())
                .filteredOn(e -> e.methods().contains(TableContrasts.ROWS))
                .allMatch(e -> !e.source().equals("缓存") && !e.target().equals("缓存"));
    }
}
