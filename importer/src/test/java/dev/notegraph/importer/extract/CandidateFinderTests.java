package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.parse.MarkdownParser;
import org.junit.jupiter.api.Test;

class CandidateFinderTests {

    private static final String NOTE =
            """
            # Redis

            **Redis 集群**把数据分到多个主节点上。

            ## 相关阅读

            - [Redis 集群详解](./redis-cluster.md) （必看）
            - [MySQL Reference Manual](https://dev.mysql.com/doc/refman/8.4/en/)
            - 主从复制详见 [复制](./replication.md)，Sentinel 负责故障转移。
            """;

    @Test
    void shouldTakeNoTermsFromTheEntriesOfATableOfContents() {
        var note = new MarkdownParser().parse("redis.md", NOTE);
        var found = new CandidateFinder().find(note);

        assertThat(found.candidates()).extracting(Candidate::line).doesNotContain(7, 8);
        assertThat(found.candidates()).extracting(Candidate::form).contains("Redis 集群");
        // a sentence with a link in it is prose, not an entry
        assertThat(found.candidates()).extracting(Candidate::line).contains(9);
    }
}
