package dev.notegraph.explorer.importing;

import dev.notegraph.importer.write.GraphWriter;
import org.neo4j.driver.Driver;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/stats}: how big the graph is and whether the import is still running. */
@RestController
final class StatsController {

    /** Only its read-only {@link GraphWriter#counts()} is used: the importer's own definition of the sizes. */
    private final GraphWriter writer;

    private final ImportState state;

    StatsController(Driver driver, ImportState state) {
        this.writer = new GraphWriter(driver);
        this.state = state;
    }

    @GetMapping("/api/stats")
    Stats stats() {
        var snapshot = state.snapshot();
        var counts = writer.counts();
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
