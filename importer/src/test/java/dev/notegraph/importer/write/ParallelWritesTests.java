package dev.notegraph.importer.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelWritesTests {

    @Test
    void shouldRunEveryTaskOnce() {
        var done = ConcurrentHashMap.<Integer>newKeySet();
        var items = IntStream.range(0, 50).boxed().toList();

        ParallelWrites.forEach(items, item -> assertThat(done.add(item)).isTrue());

        assertThat(done).containsExactlyInAnyOrderElementsOf(items);
    }

    @Test
    void shouldRethrowTheFailureOfATask() {
        Set<Integer> done = ConcurrentHashMap.newKeySet();

        assertThatThrownBy(() -> ParallelWrites.forEach(List.of(1, 2, 3), item -> {
                    if (item == 2) {
                        throw new IllegalArgumentException("broken batch " + item);
                    }
                    done.add(item);
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("broken batch 2");
    }
}
