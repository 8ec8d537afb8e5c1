package dev.notegraph.explorer.corrections;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code corrections} in {@code /actuator/health}: the file, how many corrections it holds and were applied, and
 * what to look at (a file that does not parse, unusable entries, concepts gone). The graph is served either way,
 * so it stays UP.
 */
@Component("correctionsHealthIndicator")
final class CorrectionsHealth implements HealthIndicator {

    private final LearnerCorrections corrections;

    CorrectionsHealth(LearnerCorrections corrections) {
        this.corrections = corrections;
    }

    @Override
    public Health health() {
        var report = corrections.report();
        var health = Health.up()
                .withDetail("file", report.file().orElse(""))
                .withDetail("corrections", report.total())
                .withDetail("applied", report.applied());
        report.error().ifPresent(error -> health.withDetail("error", error));
        if (!report.invalid().isEmpty()) {
            health.withDetail("invalid", report.invalid());
        }
        if (!report.unresolved().isEmpty()) {
            health.withDetail("unresolved", report.unresolved());
        }
        return health.build();
    }
}
