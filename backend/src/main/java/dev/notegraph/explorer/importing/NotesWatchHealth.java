package dev.notegraph.explorer.importing;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code notesWatch} in {@code /actuator/health}: how the notes folder is followed. Polling is a working fallback,
 * so it stays UP; the details say why events failed.
 */
@Component("notesWatchHealthIndicator")
final class NotesWatchHealth implements HealthIndicator {

    private final NotesWatch watch;

    NotesWatchHealth(NotesWatch watch) {
        this.watch = watch;
    }

    @Override
    public Health health() {
        var status = watch.status();
        var health = Health.up().withDetail("mode", status.mode());
        status.reason().ifPresent(reason -> health.withDetail("reason", reason));
        return health.build();
    }
}
