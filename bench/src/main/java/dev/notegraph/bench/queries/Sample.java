package dev.notegraph.bench.queries;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Real inputs for the measured calls, taken from the running API: the most mentioned concepts, and search
 * texts made from their names (whole names, and two-character prefixes that exercise prefix and full-text
 * matching).
 */
record Sample(List<String> ids, List<String> searches) {

    static Sample from(Api api, int size) throws IOException, InterruptedException {
        var query =
                """
                MATCH (c:Concept)
                RETURN c.id AS id, c.name AS name
                ORDER BY c.mentionCount DESC, c.id
                LIMIT $size
                """;
        var rows = api.json(api.cypher(query, Map.of("size", size))).path("rows");
        var ids = new ArrayList<String>();
        var searches = new ArrayList<String>();
        for (JsonNode row : rows) {
            ids.add(row.get(0).asText());
            var name = row.get(1).asText();
            searches.add(name);
            searches.add(name.codePoints()
                    .limit(2)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString());
        }
        if (ids.isEmpty()) {
            throw new IOException("the graph has no concepts to query");
        }
        return new Sample(List.copyOf(ids), List.copyOf(searches));
    }
}
