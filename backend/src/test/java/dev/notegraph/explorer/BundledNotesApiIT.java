package dev.notegraph.explorer;

import static dev.notegraph.explorer.ApiTestSupport.assertProblem;
import static dev.notegraph.explorer.ApiTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.config.ExplorerProperties;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The default configuration: embedded Neo4j, bundled notes unpacked into the data folder and imported. */
@BundledNotesContext
class BundledNotesApiIT extends ImportedNotesContract {

    @Autowired
    ExplorerProperties properties;

    @Test
    void shouldUnpackTheBundledNotesIntoTheDataFolder() throws Exception {
        try (var files = Files.list(properties.dataDir().resolve("bundled-notes"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "000_964a3e6d5d37624c.txt",
                            "001_25dcc92f578f0594.txt",
                            "002_fd13e4336eb6d0c4.txt",
                            "003_c9a73229945440ca.txt",
                            "004_38c4b9e65a4e6aa3.txt");
        }
    }

    @Test
    void shouldListTheStartUpImportWithEveryNoteAndConceptAdded() {
        var imports = get(http, "/api/imports?limit=100").getBody();
        var startUp = StreamSupport.stream(imports.spliterator(), false)
                .filter(i -> i.path("trigger").asText().equals("start-up"))
                .findFirst()
                .orElseThrow();
        var stats = get(http, "/api/stats").getBody();

        assertThat(startUp.path("notes").path("added")).hasSize(5);
        assertThat(startUp.path("notes").path("removed")).isEmpty();
        assertThat(startUp.path("concepts").path("added"))
                .hasSize(stats.path("concepts").asInt());
        assertThat(startUp.path("concepts").path("added").get(0).path("name").asText())
                .isNotBlank();
        assertThat(startUp.path("relations").path("added").asLong())
                .isEqualTo(stats.path("relations").asLong());
        assertThat(instant(startUp, "finishedAt")).isAfterOrEqualTo(instant(startUp, "startedAt"));
    }

    @Test
    void shouldRecordARequestedImportOfAnUnchangedFolderWithAnEmptyDiff() throws Exception {
        var started = http.postForEntity("/api/imports", null, JsonNode.class);
        assertThat(started.getStatusCode().value()).isEqualTo(202);
        var id = started.getBody().path("id").asText();

        var record = awaitRecord(id);

        assertThat(record.path("trigger").asText()).isEqualTo("request");
        assertThat(record.path("notes").path("added")).isEmpty();
        assertThat(record.path("notes").path("changed")).isEmpty();
        assertThat(record.path("concepts").path("removed")).isEmpty();
        assertThat(record.path("relations").path("removed").asLong()).isZero();
    }

    @Test
    void shouldSayInTheHealthThatTheBundledNotesAreNotWatched() {
        var health = get(http, "/actuator/health").getBody();

        assertThat(health.path("components")
                        .path("notesWatch")
                        .path("details")
                        .path("mode")
                        .asText())
                .isEqualTo("off");
    }

    @Test
    void shouldRefuseAHistoryLimitOutsideOneToAHundred() {
        assertProblem(get(http, "/api/imports?limit=0"), 400, "bad-request");
        assertProblem(get(http, "/api/imports?limit=101"), 400, "bad-request");
    }

    private JsonNode awaitRecord(String id) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            for (var record : get(http, "/api/imports?limit=100").getBody()) {
                if (record.path("id").asText().equals(id)) {
                    return record;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + id + " never recorded");
    }

    private static Instant instant(JsonNode record, String field) {
        return Instant.parse(record.path(field).asText());
    }
}
