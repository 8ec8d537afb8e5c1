package dev.notegraph.bench.queries;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The backend's HTTP API on loopback, over one keep-alive HTTP/1.1 client shared by all workers. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final Duration timeout;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public Api(int port) {
        this(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(30));
    }

    /** @param timeout per request: a load run queues requests far longer than a latency run */
    public Api(URI base, Duration timeout) {
        var text = base.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.timeout = timeout;
    }

    public HttpRequest get(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(timeout)
                .GET()
                .build();
    }

    public HttpRequest cypher(String query, Map<String, Object> parameters) {
        var body = JSON.writeValueAsString(Map.of("query", query, "parameters", parameters));
        return HttpRequest.newBuilder(URI.create(base + "/api/cypher"))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Sends a request and returns its status; the body is read fully so the connection can be reused. */
    public int status(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }

    /** Sends a request that must succeed and parses its JSON answer. */
    public JsonNode json(HttpRequest request) throws IOException, InterruptedException {
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
