package dev.notegraph.explorer.importing;

import dev.notegraph.importer.corrections.CorrectionsReport;
import dev.notegraph.importer.write.StoredConcept;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One import as {@code GET /api/imports} lists it.
 *
 * @param trigger {@code start-up}, {@code watch} or {@code request}
 * @param error why the import as a whole failed, if it did (its diff is then empty)
 * @param corrections what became of the learner's corrections: applied, unresolved, or a file that does not parse
 */
record ImportRecord(
        String id,
        Instant startedAt,
        Instant finishedAt,
        String trigger,
        Notes notes,
        Concepts concepts,
        Relations relations,
        Optional<String> error,
        Optional<CorrectionsReport> corrections) {

    record Notes(List<String> added, List<String> changed, List<String> removed, List<Failure> failed) {}

    record Failure(String note, String reason) {}

    record Concepts(List<StoredConcept> added, List<StoredConcept> removed) {}

    record Relations(long added, long removed) {}
}
