package dev.notegraph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamingTests {

    @Test
    void shouldFoldWidthCaseAndSpaceIntoOneKey() {
        assertThat(Normalizer.key("Ｔime WAIT")).isEqualTo("timewait");
        assertThat(Normalizer.key(" 全局 解释器锁 ")).isEqualTo("全局解释器锁");
        assertThat(Normalizer.key("loadClass()")).isEqualTo(Normalizer.key("loadClass"));
        assertThat(Normalizer.key("__get__（）")).isEqualTo("__get__");
        assertThat(Normalizer.key("()")).isEqualTo("()");
    }

    @Test
    void shouldKeepReadableIdsAndHashLossyOnes() {
        assertThat(ConceptIds.of("TIME-WAIT")).isEqualTo("time-wait");
        assertThat(ConceptIds.of("全局解释器锁")).isEqualTo("全局解释器锁");
        assertThat(ConceptIds.of("I/O")).startsWith("i-o~");
        assertThat(ConceptIds.of("I/O")).isNotEqualTo(ConceptIds.of("I-O"));
        assertThat(ConceptIds.of("B+树")).isEqualTo("b+树");
        assertThat(ConceptIds.of("a b")).doesNotContain(" ", "/", "?", "#", "%");
    }

    @Test
    void shouldParseRelationNamesLeniently() {
        assertThat(ConceptRelation.parse("prerequisite_of")).contains(ConceptRelation.PREREQUISITE_OF);
        assertThat(ConceptRelation.parse("DROP")).isEmpty();
    }

    @Test
    void shouldListEveryRelationTypeInThePatternExpression() {
        var types = ConceptRelation.typeExpression().split("\\|");

        assertThat(types).containsExactlyElementsOf(ConceptRelation.names());
        assertThat(types).contains("PREREQUISITE_OF", "RELATED_TO");
    }
}
