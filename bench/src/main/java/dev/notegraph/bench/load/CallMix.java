package dev.notegraph.bench.load;

import dev.notegraph.bench.queries.Api;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The calls and their shares: mostly what the UI sends (search, concept, neighbourhood, related), some study
 * paths and note lists, and a small share of console Cypher, whose concurrency cap (429) is by design.
 */
final class CallMix {

    /** Fixed queries in both languages, including ones that match nothing and single CJK characters. */
    private static final List<String> QUERIES = List.of(
            "GIL",
            "全局解释器锁",
            "epoll",
            "TIME-WAIT",
            "三次握手",
            "引用计数",
            "Pymalloc",
            "HashMap",
            "jvm",
            "垃圾回收",
            "锁",
            "线程池",
            "索引",
            "事务",
            "tcp",
            "redis",
            "volatile",
            "不存在的概念",
            "zzzz",
            "内存");

    private static final String CYPHER =
            """
            MATCH (c:Concept {id: $id})-[r]-(d:Concept)
            RETURN d.name AS name, type(r) AS type, r.weight AS weight
            ORDER BY weight DESC, name
            LIMIT 20
            """;

    /** One kind of call; {@code request} gives the i-th request of that kind. */
    record Kind(String name, int share, IntFunction<HttpRequest> request) {}

    private final List<Kind> kinds;
    private final Kind[] slots;

    private CallMix(List<Kind> kinds) {
        this.kinds = kinds;
        var table = new ArrayList<Kind>();
        kinds.forEach(kind -> {
            for (int i = 0; i < kind.share(); i++) {
                table.add(kind);
            }
        });
        this.slots = table.toArray(Kind[]::new);
    }

    static CallMix from(Api client) throws IOException, InterruptedException {
        var sample = client.json(client.cypher(
                """
                MATCH (c:Concept)
                RETURN c.id AS id, c.name AS name
                ORDER BY c.mentionCount DESC, c.id
                LIMIT 50
                """,
                Map.of()));
        var ids = new ArrayList<String>();
        var texts = new ArrayList<>(QUERIES);
        sample.path("rows").forEach(row -> {
            ids.add(row.get(0).asText());
            texts.add(row.get(1).asText());
        });
        if (ids.isEmpty()) {
            throw new IOException("the graph has no concepts to load");
        }
        IntFunction<String> id = i -> ids.get(i % ids.size());
        IntFunction<String> text = i -> texts.get(i % texts.size());
        return new CallMix(List.of(
                new Kind("search", 30, i -> client.get("/api/concepts?limit=10&q=" + Api.encode(text.apply(i)))),
                new Kind("concept", 20, i -> client.get("/api/concepts/" + id.apply(i))),
                new Kind(
                        "neighbourhood d2",
                        15,
                        i -> client.get("/api/concepts/" + id.apply(i) + "/neighbourhood?depth=2")),
                new Kind("related", 15, i -> client.get("/api/concepts/" + id.apply(i) + "/related?limit=10")),
                new Kind("study path", 10, i -> client.get("/api/study-path?target=" + id.apply(i))),
                new Kind("notes", 8, i -> client.get("/api/notes")),
                new Kind("cypher", 2, i -> client.cypher(CYPHER, Map.of("id", id.apply(i))))));
    }

    List<Kind> kinds() {
        return kinds;
    }

    /** The kind of a client's n-th call; clients start at different offsets so the mix is spread in time. */
    Kind pick(int n) {
        return slots[Math.floorMod(n * 37, slots.length)];
    }
}
