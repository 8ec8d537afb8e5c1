package dev.notegraph.explorer.importing;

import java.util.Optional;

/**
 * Graph sizes and import progress.
 *
 * @param importing true until the start-up import has finished
 * @param importError why the last import failed, if it did
 */
record Stats(
        long notes,
        long sections,
        long concepts,
        long relations,
        boolean importing,
        Optional<String> importError,
        Optional<Long> lastImportMs) {}
