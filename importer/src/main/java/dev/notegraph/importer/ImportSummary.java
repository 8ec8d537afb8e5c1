package dev.notegraph.importer;

import dev.notegraph.importer.corrections.CorrectionsReport;
import dev.notegraph.importer.source.NoteProblem;
import dev.notegraph.importer.topics.TopicSummary;
import java.time.Duration;
import java.util.List;

/**
 * What one import did.
 *
 * @param filesSeen note files found in the folder, readable or not
 * @param imported notes whose facts were (re)written
 * @param unchanged readable notes left as they were
 * @param failed notes that could not be read or analysed; their previous facts stay in the graph
 * @param deleted notes removed because their file is gone
 * @param skipped true when no file was added, changed or deleted, so nothing was analysed or written
 * @param problems one line per failed note
 * @param concepts concepts in the graph after the import
 * @param relations concept-to-concept relations in the graph after the import
 * @param warnings what the extractor reported
 * @param topics the topics found after writing (none when the stage did not run)
 * @param timings where the time went
 * @param diff what changed in the graph: notes, concepts, relations
 * @param corrections what became of the learner's corrections: applied, unresolved, or a file that does not parse
 */
public record ImportSummary(
        int filesSeen,
        int imported,
        int unchanged,
        int failed,
        int deleted,
        boolean skipped,
        List<NoteProblem> problems,
        long concepts,
        long relations,
        List<String> warnings,
        TopicSummary topics,
        Timings timings,
        ImportDiff diff,
        CorrectionsReport corrections) {

    /**
     * Wall-clock time per stage.
     *
     * @param reading walking the folder and decoding files
     * @param parsing Markdown parsing, as the analyzer measured it
     * @param extraction concept and relation extraction, as the analyzer measured it
     * @param writing all database writes, topics included
     * @param total the whole import, schema migration included
     */
    public record Timings(Duration reading, Duration parsing, Duration extraction, Duration writing, Duration total) {}
}
