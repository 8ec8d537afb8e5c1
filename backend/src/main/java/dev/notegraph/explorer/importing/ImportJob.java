package dev.notegraph.explorer.importing;

import dev.notegraph.importer.ImportSummary;

/** One incremental import of the notes folder; the runner decides when and how often it runs. */
@FunctionalInterface
interface ImportJob {

    ImportSummary run();
}
