package dev.notegraph.explorer.importing;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/stats}: how big the graph is and whether the import is still running. */
@RestController
final class StatsController {

    private final GraphSizes sizes;
    private final ImportState state;

    StatsController(GraphSizes sizes, ImportState state) {
        this.sizes = sizes;
        this.state = state;
    }

    @GetMapping("/api/stats")
    Stats stats() {
        var snapshot = state.snapshot();
        var counts = sizes.read();
        return new Stats(
                counts.notes(),
                counts.sections(),
                counts.concepts(),
                counts.relations(),
                snapshot.importing(),
                snapshot.error(),
                snapshot.summary().map(s -> s.timings().total().toMillis()));
    }
}
