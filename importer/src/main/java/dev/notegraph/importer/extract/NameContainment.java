package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.Evidence;
import dev.notegraph.schema.ConceptRelation;
import java.util.Map;

/**
 * General before specific by name: 索引 before 非聚簇索引, malloc before Pymalloc. A name that contains another
 * concept's name usually narrows it.
 */
final class NameContainment {

    private static final int MIN_LATIN = 4;

    private NameContainment() {}

    static void add(ConceptTable table, Map<Integer, Evidence> firstMention, EdgeCollector edges) {
        var concepts = table.concepts();
        for (int i = 0; i < concepts.size(); i++) {
            var key = Keys.match(concepts.get(i).name());
            var evidence = firstMention.get(i);
            if (evidence == null || key.length() < 3) {
                continue;
            }
            boolean latin = TermFilter.cjkCount(key) == 0;
            for (int start = 0; start < key.length(); start++) {
                for (int end = start + 2; end <= key.length(); end++) {
                    if (end - start == key.length()
                            || latin && (end - start < MIN_LATIN || start > 0 && end < key.length())) {
                        continue;
                    }
                    var general = table.byMatchKey().get(key.substring(start, end));
                    if (general != null && general != i) {
                        edges.add(
                                ConceptRelation.PREREQUISITE_OF,
                                concepts.get(general).id(),
                                concepts.get(i).id(),
                                0.6,
                                "name-contains",
                                evidence);
                    }
                }
            }
        }
    }
}
