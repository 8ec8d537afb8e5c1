package dev.notegraph.importer;

import dev.notegraph.importer.extract.Analysis;
import dev.notegraph.importer.write.AppliedCorrections;
import dev.notegraph.importer.write.FreshStoreWriter;
import dev.notegraph.importer.write.GraphWriter;
import dev.notegraph.importer.write.NoteFacts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The write step of an import: the changed notes and the concept layer, with the correction marker around them.
 * Into an empty embedded store (when a bulk writer is given) the batch importer writes the store files; every
 * other import goes through the transactional writers.
 */
final class ImportWrites {

    private final GraphWriter writer;
    private final Optional<FreshStoreWriter> bulk;

    ImportWrites(GraphWriter writer, Optional<FreshStoreWriter> bulk) {
        this.writer = writer;
        this.bulk = bulk;
    }

    ImportWrites withBulk(FreshStoreWriter fresh) {
        return new ImportWrites(writer, Optional.of(fresh));
    }

    /** Writes what the plan says changed; returns how many notes were written. */
    int write(
            ImportPlan plan,
            Analysis analysis,
            Map<String, List<String>> notPrerequisites,
            AppliedCorrections applied,
            ImportListener listener) {
        // Asked before anything is written, the correction marker included.
        var fresh = bulk.filter(b -> plan.gone().isEmpty() && b.empty());
        // An import stopped half way must not leave a graph that looks written with these corrections.
        writer.recordCorrections(AppliedCorrections.UNFINISHED);
        var toWrite = analysis.graph().notes().stream()
                .map(NoteFacts::of)
                .filter(facts -> plan.differs(facts.note().path(), facts.hash()))
                .toList();
        if (fresh.isPresent()) {
            writeStore(fresh.get(), toWrite, analysis, notPrerequisites, listener);
        } else {
            writeTransactionally(plan, toWrite, analysis, notPrerequisites, listener);
        }
        writer.recordCorrections(applied);
        return toWrite.size();
    }

    private static void writeStore(
            FreshStoreWriter fresh,
            List<NoteFacts> toWrite,
            Analysis analysis,
            Map<String, List<String>> notPrerequisites,
            ImportListener listener) {
        listener.stage("writing the store");
        listener.started(toWrite.size());
        fresh.write(toWrite, Instant.now(), analysis.graph(), notPrerequisites, note -> listener.written(note.path()));
    }

    private void writeTransactionally(
            ImportPlan plan,
            List<NoteFacts> toWrite,
            Analysis analysis,
            Map<String, List<String>> notPrerequisites,
            ImportListener listener) {
        var graph = analysis.graph();
        writer.deleteNotes(plan.gone());
        listener.stage("writing notes");
        listener.started(toWrite.size());
        writer.writeNotes(toWrite, Instant.now(), note -> listener.written(note.path()));
        listener.stage("writing concepts");
        writer.writeConcepts(graph.concepts(), graph.edges(), notPrerequisites);
        writer.writeBrokenCycles(graph.brokenCycles());
    }
}
