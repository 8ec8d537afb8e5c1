package dev.notegraph.importer;

import dev.notegraph.importer.corrections.CorrectionsReport;
import dev.notegraph.importer.extract.Analysis;
import dev.notegraph.importer.source.NoteFiles;
import dev.notegraph.importer.topics.TopicSummary;
import dev.notegraph.importer.write.GraphCounts;
import java.util.List;

/** The summary of an import that wrote notes, or of one that found nothing to do. */
final class ImportSummaries {

    private ImportSummaries() {}

    static ImportSummary written(
            NoteFiles files,
            ImportPlan plan,
            Analysis analysis,
            int imported,
            GraphCounts counts,
            TopicSummary topics,
            ImportSummary.Timings timings,
            ImportDiff diff,
            CorrectionsReport corrections) {
        var problems = diff.notesFailed();
        return new ImportSummary(
                seen(files),
                imported,
                files.sources().size() - analysis.problems().size() - imported,
                problems.size(),
                plan.gone().size(),
                false,
                List.copyOf(problems),
                counts.concepts(),
                counts.relations(),
                List.copyOf(analysis.graph().warnings()),
                topics,
                timings,
                diff,
                corrections);
    }

    static ImportSummary skipped(
            NoteFiles files,
            GraphCounts counts,
            TopicSummary topics,
            ImportSummary.Timings timings,
            CorrectionsReport corrections) {
        return new ImportSummary(
                seen(files),
                0,
                files.sources().size(),
                files.problems().size(),
                0,
                true,
                files.problems(),
                counts.concepts(),
                counts.relations(),
                List.of(),
                topics,
                timings,
                ImportDiff.unchanged(files.problems()),
                corrections);
    }

    private static int seen(NoteFiles files) {
        return files.sources().size() + files.problems().size();
    }
}
