package dev.notegraph.importer.corrections;

import java.util.List;
import java.util.Optional;

/**
 * What an import made of the corrections file.
 *
 * @param file the corrections file, when the import has one
 * @param error why the file could not be read, if it could not: the import then applied no correction
 * @param invalid one line per entry that says nothing usable (unknown kind, a missing concept name)
 * @param total usable corrections in the file
 * @param applied corrections whose concepts were all found and that were applied
 * @param unresolved corrections naming a concept the notes no longer yield: kept in the file, not applied
 */
public record CorrectionsReport(
        Optional<String> file,
        Optional<String> error,
        List<String> invalid,
        int total,
        int applied,
        List<Unresolved> unresolved) {

    /**
     * A correction that names a concept the notes no longer yield.
     *
     * @param id the correction's id
     * @param kind its kind's label
     * @param missing the names that found no concept
     */
    public record Unresolved(String id, String kind, List<String> missing) {

        public Unresolved {
            missing = List.copyOf(missing);
        }
    }

    public CorrectionsReport {
        invalid = List.copyOf(invalid);
        unresolved = List.copyOf(unresolved);
    }

    /** An import without a corrections file. */
    public static CorrectionsReport none() {
        return new CorrectionsReport(Optional.empty(), Optional.empty(), List.of(), 0, 0, List.of());
    }

    /** The report of a file and what applying its corrections gave. */
    public static CorrectionsReport of(CorrectionsFile file, int applied, List<Unresolved> unresolved) {
        return new CorrectionsReport(
                Optional.ofNullable(file.path()).map(Object::toString),
                file.error(),
                file.problems(),
                file.corrections().size(),
                applied,
                unresolved);
    }

    /** Whether there is anything a learner should look at: a broken file, unusable entries, unresolved ones. */
    public boolean hasProblems() {
        return error.isPresent() || !invalid.isEmpty() || !unresolved.isEmpty();
    }
}
