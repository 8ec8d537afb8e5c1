package dev.notegraph.importer;

import dev.notegraph.importer.source.NoteProblem;
import dev.notegraph.importer.write.ConceptLayer;
import dev.notegraph.importer.write.StoredConcept;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one import changed in the graph, as a learner reads it: which notes, which concepts, how many relations.
 *
 * @param notesAdded notes new to the graph
 * @param notesChanged notes whose file changed since the last import
 * @param notesRemoved notes whose file is gone
 * @param notesFailed notes that could not be read or analysed, each with its one-line reason
 * @param conceptsAdded concepts that appeared
 * @param conceptsRemoved concepts that disappeared
 * @param relationsAdded typed concept relations that appeared
 * @param relationsRemoved typed concept relations that disappeared
 */
public record ImportDiff(
        List<String> notesAdded,
        List<String> notesChanged,
        List<String> notesRemoved,
        List<NoteProblem> notesFailed,
        List<StoredConcept> conceptsAdded,
        List<StoredConcept> conceptsRemoved,
        long relationsAdded,
        long relationsRemoved) {

    /** An import that found nothing to do: only the notes that failed to read are worth saying. */
    static ImportDiff unchanged(List<NoteProblem> failed) {
        return new ImportDiff(List.of(), List.of(), List.of(), List.copyOf(failed), List.of(), List.of(), 0, 0);
    }

    /** The diff of a planned import, from the concept layer before and after it was written. */
    static ImportDiff of(ImportPlan plan, List<NoteProblem> failed, ConceptLayer before, ConceptLayer after) {
        var failedPaths = failed.stream().map(NoteProblem::path).collect(Collectors.toSet());
        var written =
                plan.changed().stream().filter(p -> !failedPaths.contains(p)).toList();
        return new ImportDiff(
                written.stream()
                        .filter(p -> !plan.stored().containsKey(p))
                        .sorted()
                        .toList(),
                written.stream()
                        .filter(p -> plan.stored().containsKey(p))
                        .sorted()
                        .toList(),
                plan.gone(),
                List.copyOf(failed),
                missingFrom(after.concepts(), before.concepts()),
                missingFrom(before.concepts(), after.concepts()),
                countMissing(after.relations(), before.relations()),
                countMissing(before.relations(), after.relations()));
    }

    /** Whether the graph's notes or concepts moved; failures alone change nothing. */
    public boolean changesGraph() {
        return !notesAdded.isEmpty()
                || !notesChanged.isEmpty()
                || !notesRemoved.isEmpty()
                || !conceptsAdded.isEmpty()
                || !conceptsRemoved.isEmpty()
                || relationsAdded > 0
                || relationsRemoved > 0;
    }

    /** Concepts of {@code from} that {@code other} lacks, sorted by id. */
    private static List<StoredConcept> missingFrom(Map<String, StoredConcept> from, Map<String, StoredConcept> other) {
        return from.entrySet().stream()
                .filter(e -> !other.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparing(StoredConcept::id))
                .toList();
    }

    private static long countMissing(Collection<String> from, Set<String> other) {
        return from.stream().filter(key -> !other.contains(key)).count();
    }
}
