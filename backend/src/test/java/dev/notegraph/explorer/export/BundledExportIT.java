package dev.notegraph.explorer.export;

import static dev.notegraph.explorer.ApiTestSupport.assertProblem;
import static dev.notegraph.explorer.ApiTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.ApiTestSupport;
import dev.notegraph.explorer.BundledNotesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.ObjectMapper;

/** {@code GET /api/export} on the bundled notes: downloads of the whole graph, and a 400 for a format it lacks. */
@BundledNotesContext
class BundledExportIT {

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void awaitImport() throws InterruptedException {
        ApiTestSupport.awaitStartup(http);
    }

    @Test
    void shouldDownloadTheWholeGraphAsNodeLinkJson() throws Exception {
        var stats = get(http, "/api/stats").getBody();

        var response = http.getForEntity("/api/export?format=json", byte[].class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"notegraph.json\"");
        var json = new ObjectMapper().readTree(response.getBody());
        assertThat(json.path("nodes").size()).isEqualTo(stats.path("concepts").asInt());
        assertThat(json.path("links").size()).isEqualTo(stats.path("relations").asInt());
    }

    @Test
    void shouldDownloadEachFormatAsAnAttachment() {
        for (var format : new String[] {"graphml", "csv", "cypher"}) {
            var response = http.getForEntity("/api/export?format={f}", byte[].class, format);

            assertThat(response.getStatusCode().value()).as(format).isEqualTo(200);
            assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                    .as(format)
                    .startsWith("attachment; filename=");
            assertThat(response.getBody()).as(format).hasSizeGreaterThan(10_000);
        }
    }

    @Test
    void shouldRefuseAnUnknownOrMissingFormat() {
        assertProblem(get(http, "/api/export?format=xlsx"), 400, "bad-request");
        assertProblem(get(http, "/api/export"), 400, "bad-request");
    }
}
