package dev.notegraph.bench.queries;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** The measured API calls, each rotating through the sample's real concepts. */
final class Probes {

    /** One neighbour list, the kind of query a user types in the console; also run through the bare driver. */
    static final String CYPHER =
            """
            MATCH (c:Concept {id: $id})-[r]-(d:Concept)
            RETURN d.name AS name, type(r) AS type, r.weight AS weight
            ORDER BY weight DESC, name
            LIMIT 20
            """;

    private Probes() {}

    /** A named call: the request for the i-th measured call. */
    record Probe(String name, IntFunction<HttpRequest> request) {}

    static List<Probe> all(Api api, Sample sample) {
        var id = LoadRun.rotate(sample.ids());
        var text = LoadRun.rotate(sample.searches());
        return List.of(
                new Probe("search", i -> api.get("/api/concepts?limit=10&q=" + Api.encode(text.apply(i)))),
                new Probe("concept", i -> api.get("/api/concepts/" + id.apply(i))),
                new Probe("neighbourhood d2", i -> api.get("/api/concepts/" + id.apply(i) + "/neighbourhood?depth=2")),
                new Probe("related", i -> api.get("/api/concepts/" + id.apply(i) + "/related?limit=10")),
                new Probe("study path", i -> api.get("/api/study-path?target=" + id.apply(i))),
                new Probe("cypher (HTTP)", i -> api.cypher(CYPHER, Map.of("id", id.apply(i)))));
    }
}
