package dev.notegraph.explorer.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadOnlyVerdictsTests {

    @Test
    void shouldRememberAcceptedQueriesByExactText() {
        var verdicts = new ReadOnlyVerdicts(4);

        verdicts.accept("MATCH (c:Concept) RETURN c LIMIT 1");

        assertThat(verdicts.accepted("MATCH (c:Concept) RETURN c LIMIT 1")).isTrue();
        assertThat(verdicts.accepted("MATCH (c:Concept) RETURN c LIMIT 2")).isFalse();
        assertThat(verdicts.accepted("match (c:Concept) RETURN c LIMIT 1")).isFalse();
    }

    @Test
    void shouldForgetTheLeastRecentlyUsedBeyondItsCapacity() {
        var verdicts = new ReadOnlyVerdicts(2);
        verdicts.accept("RETURN 1");
        verdicts.accept("RETURN 2");
        assertThat(verdicts.accepted("RETURN 1")).isTrue();

        verdicts.accept("RETURN 3");

        assertThat(verdicts.size()).isEqualTo(2);
        assertThat(verdicts.accepted("RETURN 1")).isTrue();
        assertThat(verdicts.accepted("RETURN 2")).isFalse();
        assertThat(verdicts.accepted("RETURN 3")).isTrue();
    }
}
