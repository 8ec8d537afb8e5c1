package dev.notegraph.explorer.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.FixtureContext;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The DNS-rebinding guard on a real loopback server. Raw sockets, because HTTP clients set {@code Host}
 * themselves and refuse to send a foreign one.
 */
@FixtureContext
class HostHeaderIT {

    private static final String[] PATHS = {"/api/stats", "/actuator/health", "/", "/api/no-such-thing"};

    @LocalServerPort
    int port;

    @Test
    void shouldRefuseForeignHostsWithA403ProblemOnEveryPath() throws Exception {
        for (var host : new String[] {
            "evil.example",
            "evil.example:" + port,
            "localhost.evil.example",
            "127.0.0.1.nip.io:" + port,
            "evillocalhost",
            "notes.lan.evil.example",
            "[::2]:" + port
        }) {
            for (var path : PATHS) {
                var response = get(host, path);
                assertThat(response.status()).as(host + " " + path).isEqualTo(403);
                assertThat(response.header("content-type"))
                        .as(host + " " + path)
                        .contains("application/problem+json");
                assertThat(response.raw())
                        .contains("\"type\":\"https://notegraph.dev/problems/host-not-allowed\"")
                        .contains("explorer.allowed-hosts")
                        .doesNotContain("evil", "Exception");
            }
        }
    }

    @Test
    void shouldServeLoopbackNamesAndTheConfiguredHosts() throws Exception {
        for (var host : new String[] {
            "localhost",
            "localhost:" + port,
            "LocalHost.:" + port,
            "127.0.0.1:" + port,
            "127.0.0.2",
            "[::1]:" + port,
            "app.localhost:" + port,
            "notes.lan:" + port,
            "NOTES.lan",
            "my-box:80"
        }) {
            assertThat(get(host, "/api/stats").status()).as(host).isEqualTo(200);
            assertThat(get(host, "/actuator/health").status()).as(host).isIn(200, 503);
        }
    }

    @Test
    void shouldServeHttp10RequestsWithoutAHost() throws Exception {
        assertThat(send("GET /api/stats HTTP/1.0\r\n\r\n").status()).isEqualTo(200);
    }

    private Response get(String host, String path) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\nHost: " + host
                + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
    }

    private Response send(String request) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new Response(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private record Response(String raw) {

        int status() {
            return Integer.parseInt(raw.substring(9, 12));
        }

        String header(String name) {
            var head = raw.substring(0, Math.max(0, raw.indexOf("\r\n\r\n"))).lines();
            return head.filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(line -> line.substring(name.length() + 1).strip())
                    .findFirst()
                    .orElse("");
        }
    }
}
