package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.importer.source.NoteProblem;
import java.time.Duration;
import java.util.List;

/**
 * What the analyzer made of the notes.
 *
 * @param graph the graph to write
 * @param problems notes that failed to parse or extract, each left out of {@code graph}
 * @param parsing time spent parsing Markdown
 * @param extraction time spent extracting concepts and relations
 */
public record Analysis(KnowledgeGraph graph, List<NoteProblem> problems, Duration parsing, Duration extraction) {}
