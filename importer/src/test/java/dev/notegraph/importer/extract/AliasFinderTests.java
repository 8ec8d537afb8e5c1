package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bracket after a name glosses it in another script; a bracket after a sentence's own words does not. */
class AliasFinderTests {

    private static List<List<String>> pairs(String line) {
        return AliasFinder.find(line, "n.md", 1).stream()
                .map(p -> List.of(p.first(), p.second()))
                .toList();
    }

    @Test
    void shouldPairANameWithItsTranslationAndAbbreviation() {
        assertThat(pairs("垃圾回收器采用分代回收（Generational Collection，GC）策略。"))
                .contains(List.of("分代回收", "Generational Collection"), List.of("分代回收", "GC"));
    }

    @Test
    void shouldNotTakeASentencesCommonWordsForAGlossedName() {
        assertThat(pairs("两种持久化方式它都支持（RDB/AOF），按需选择。")).isEmpty();
        assertThat(pairs("从 Python 3.9 开始（PEP 585），内置类型可以直接写泛型。")).isEmpty();
        assertThat(pairs("子类和父类之间是“是一个（is-a）”关系。")).isEmpty();
    }

    @Test
    void shouldNotPairAnAbbreviationWithAShorterTailOfItsName() {
        // each letter of TLS stands for a word: 存储 alone cannot be its name
        assertThat(pairs("调度优先级、线程本地存储（TLS）。")).doesNotContain(List.of("存储", "TLS"));
        assertThat(pairs("域名系统（DNS）把域名解析为 IP 地址。")).contains(List.of("域名系统", "DNS"));
    }

    @Test
    void shouldKeepAnAcronymThatLeadsAChineseName() {
        assertThat(pairs("AOF 重写（rewrite）会 fork 一个子进程。")).containsExactly(List.of("AOF 重写", "rewrite"));
        assertThat(pairs("TCP 是面向字节流（byte stream）的协议。")).noneMatch(p -> p.get(0).startsWith("TCP"));
    }

    @Test
    void shouldNotReadAListOfInstancesOrADescriptionAsNames() {
        assertThat(pairs("调度框架支持的关系型数据库（MySQL、Oracle...）都可以存放任务。")).isEmpty();
        assertThat(pairs("相比于关系型数据库（如 MySQL），Redis 更快。")).isEmpty();
        assertThat(pairs("引入中间件比如 Zookeeper（复杂度增加，可靠性降低），要权衡。")).isEmpty();
    }

    @Test
    void shouldNotGlossTheClauseThatLeadsToAName() {
        assertThat(pairs("数据如何流转仍需结合分区表（Range Partitioning）。")).isEmpty();
        assertThat(pairs("作用是防止 JWT（主要是 payload） 被篡改。")).isEmpty();
        assertThat(pairs("或者线程池（Executor）也行。")).noneMatch(p -> p.get(0).startsWith("或"));
    }

    @Test
    void shouldKeepAGlossedNameWhoseWordsTheTaggerDoesNotKnow() {
        // 排/他/锁 and 按/需/调/页 come back as single characters, 他 and 需 among them
        assertThat(pairs("排他锁（Exclusive Lock）：事务修改数据时加的锁。")).contains(List.of("排他锁", "Exclusive Lock"));
        assertThat(pairs("这叫按需调页（Demand Paging）。")).contains(List.of("按需调页", "Demand Paging"));
        // an adverb opens a glossed mechanism's name (随机/d 超时/v)
        assertThat(pairs("每个节点用随机超时（Randomized Timeout）错开选举。")).contains(List.of("随机超时", "Randomized Timeout"));
        assertThat(pairs("面向对象编程（Object-Oriented Programming）把数据和方法放在一起。"))
                .contains(List.of("面向对象编程", "Object-Oriented Programming"));
    }
}
