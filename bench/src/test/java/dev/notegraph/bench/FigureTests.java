package dev.notegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureTests {

    @Test
    void shouldPassOnlyWhenTheValueIsWithinTheLimit() {
        assertThat(Figure.target("Import", "t", 19.9, "s", 20, "").verdict()).isEqualTo("PASS");
        assertThat(Figure.target("Import", "t", 20.0, "s", 20, "").verdict()).isEqualTo("PASS");
        assertThat(Figure.target("Import", "t", 20.1, "s", 20, "").verdict()).isEqualTo("MISS");
    }

    @Test
    void shouldMissWhenNotMeasuredAndSayNothingWithoutTarget() {
        assertThat(Figure.missing("Queries", "q", "no jar").verdict()).isEqualTo("n/a");
        assertThat(new Figure("Queries", "q", Double.NaN, "ms", java.util.OptionalDouble.of(5), "").verdict())
                .isEqualTo("MISS");
        assertThat(Figure.info("Import", "i", 3, "s", "").verdict()).isEqualTo("-");
    }

    @Test
    void shouldFormatCountsWholeAndSmallRatesWithEnoughDigits() {
        assertThat(Figure.info("Import", "c", 10074, "", "").formattedValue()).isEqualTo("10,074");
        assertThat(Figure.info("Import", "r", 0.0016, "MB/s", "").formattedValue())
                .isEqualTo("0.0016 MB/s");
        assertThat(Figure.info("Import", "s", 3.14159, "s", "").formattedValue())
                .isEqualTo("3.14 s");
        assertThat(Figure.target("Import", "s", 1, "s", 20, "").formattedTarget())
                .isEqualTo("<= 20.0 s");
        assertThat(Figure.missing("Import", "s", "why").formattedValue()).isEqualTo("not measured");
    }
}
