package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.Evidence;
import dev.notegraph.importer.parse.ParsedNote;
import dev.notegraph.importer.parse.TextBlock;
import dev.notegraph.schema.ConceptRelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Contrasts from comparison tables: a table compares what its header's columns name (| 对比维度 | 静态代理 | 动态代理 |)
 * or, when its columns are dimensions, what its rows name in their first cell (| 问题 | 表现 | … | with rows 死锁,
 * 活锁, 饥饿). A cell names a concept when it holds exactly one.
 */
final class TableContrasts {

    static final String COLUMNS = "table-columns";
    static final String ROWS = "table-rows";
    private static final Pattern CELLS = Pattern.compile(Pattern.quote(TextBlock.CELL_SEPARATOR));
    private static final int MAX_COMPARED = 6;

    private final FormTrie trie;
    private final List<ConceptTable.Concept> concepts;
    private final EdgeCollector edges;

    TableContrasts(FormTrie trie, List<ConceptTable.Concept> concepts, EdgeCollector edges) {
        this.trie = trie;
        this.concepts = concepts;
        this.edges = edges;
    }

    void add(ParsedNote note) {
        var rows = new ArrayList<TextBlock>();
        for (var block : note.blocks()) {
            // a table's rows are on consecutive lines, past the header's separator line
            int gap = rows.size() == 1 ? 2 : 1;
            boolean continues = !rows.isEmpty() && rows.get(rows.size() - 1).line() + gap == block.line();
            if (block.kind() == TextBlock.Kind.TABLE && (rows.isEmpty() || continues)) {
                rows.add(block);
            } else {
                table(note, rows);
                rows.clear();
                if (block.kind() == TextBlock.Kind.TABLE) {
                    rows.add(block);
                }
            }
        }
        table(note, rows);
    }

    private void table(ParsedNote note, List<TextBlock> rows) {
        if (rows.size() < 2) {
            return;
        }
        var header = rows.get(0);
        var columns = new ArrayList<Integer>();
        var headerCells = CELLS.split(header.text());
        for (int i = 1; i < headerCells.length; i++) {
            named(headerCells[i]).ifPresent(columns::add);
        }
        if (columns.size() >= 2) {
            contrast(columns, COLUMNS, 0.7, new Evidence(note.path(), header.line(), header.text()));
            return;
        }
        var compared = new ArrayList<Integer>();
        for (var row : rows.subList(1, rows.size())) {
            named(CELLS.split(row.text())[0]).ifPresent(compared::add);
        }
        if (compared.size() >= 2 && compared.size() == rows.size() - 1) {
            contrast(compared, ROWS, 0.5, new Evidence(note.path(), header.line(), header.text()));
        }
    }

    /** The one concept a cell holds, if it holds exactly one. */
    private Optional<Integer> named(String cell) {
        var hits =
                trie.find(cell).stream().map(FormTrie.Hit::concept).distinct().toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    private void contrast(List<Integer> compared, String method, double confidence, Evidence evidence) {
        var distinct = compared.stream().distinct().toList();
        if (distinct.size() < 2 || distinct.size() > MAX_COMPARED) {
            return;
        }
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                edges.add(
                        ConceptRelation.CONTRASTS_WITH,
                        id(distinct.get(i)),
                        id(distinct.get(j)),
                        confidence,
                        method,
                        evidence);
            }
        }
    }

    private String id(int concept) {
        return concepts.get(concept).id();
    }
}
