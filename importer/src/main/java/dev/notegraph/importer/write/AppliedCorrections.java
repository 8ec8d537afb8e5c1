package dev.notegraph.importer.write;

import dev.notegraph.importer.corrections.CorrectionsReport;
import java.util.List;

/**
 * The corrections a stored graph was written with, kept in the store as one {@code :Corrections} node so an
 * import knows when the file changed since (and an unchanged import can still say what was applied).
 *
 * @param digest {@link dev.notegraph.importer.corrections.Correction#digest} of the corrections applied; empty
 *     for none
 * @param applied how many were applied
 * @param unresolved those that named a concept the notes no longer yield
 */
public record AppliedCorrections(String digest, int applied, List<CorrectionsReport.Unresolved> unresolved) {

    public AppliedCorrections {
        unresolved = List.copyOf(unresolved);
    }

    /** A graph written without corrections. */
    public static final AppliedCorrections NONE = new AppliedCorrections("", 0, List.of());

    /** Written before an import writes anything: matches no digest, so an interrupted import is redone. */
    public static final AppliedCorrections UNFINISHED = new AppliedCorrections("unfinished", 0, List.of());
}
