package dev.notegraph.explorer.importing;

import dev.notegraph.importer.ImportSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Turns what the importer reports into the history's records. */
final class ImportRecords {

    private ImportRecords() {}

    static ImportRecord finished(String id, String trigger, Instant startedAt, ImportSummary summary) {
        var d = summary.diff();
        var failed = d.notesFailed().stream()
                .map(p -> new ImportRecord.Failure(p.path(), p.reason()))
                .toList();
        return new ImportRecord(
                id,
                startedAt,
                Instant.now(),
                trigger,
                new ImportRecord.Notes(d.notesAdded(), d.notesChanged(), d.notesRemoved(), failed),
                new ImportRecord.Concepts(d.conceptsAdded(), d.conceptsRemoved()),
                new ImportRecord.Relations(d.relationsAdded(), d.relationsRemoved()),
                Optional.empty(),
                Optional.ofNullable(summary.corrections()).filter(c -> c.file().isPresent()));
    }

    static ImportRecord failed(String id, String trigger, Instant startedAt, String reason) {
        return new ImportRecord(
                id,
                startedAt,
                Instant.now(),
                trigger,
                new ImportRecord.Notes(List.of(), List.of(), List.of(), List.of()),
                new ImportRecord.Concepts(List.of(), List.of()),
                new ImportRecord.Relations(0, 0),
                Optional.of(reason),
                Optional.empty());
    }
}
