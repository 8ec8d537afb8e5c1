package dev.notegraph.explorer.gaps;

import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/** Builds the study-gap report in one read transaction, so its parts describe the same graph. */
@Component
final class StudyGaps {

    private final Driver driver;

    StudyGaps(Driver driver) {
        this.driver = driver;
    }

    GapReport report(int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var undefined = ConceptGaps.undefined(tx, limit);
                var isolated = ConceptGaps.isolated(tx, limit);
                var unlinked = TopicGaps.unlinked(tx, limit);
                var cycles = ConceptGaps.brokenCycles(tx, limit);
                return new GapReport(
                        undefined.items(),
                        isolated.items(),
                        unlinked.items(),
                        cycles.items(),
                        new GapReport.Totals(undefined.total(), isolated.total(), unlinked.total(), cycles.total()));
            });
        }
    }
}
