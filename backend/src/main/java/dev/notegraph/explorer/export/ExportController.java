package dev.notegraph.explorer.export;

import dev.notegraph.explorer.problem.BadRequestException;
import dev.notegraph.importer.export.ExportFormat;
import dev.notegraph.importer.export.GraphExporter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/export?format=graphml|json|csv|cypher}: the whole concept graph as a download, streamed from
 * the database to the client, through the exporter {@code importer.jar export} uses too.
 */
@RestController
final class ExportController {

    private final GraphExporter exporter;

    ExportController(Driver driver) {
        this.exporter = new GraphExporter(driver, SessionConfig.defaultConfig());
    }

    @GetMapping("/api/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format) {
        var chosen = ExportFormat.parse(format)
                .orElseThrow(
                        () -> new BadRequestException("Parameter 'format' must be one of " + ExportFormat.names()));
        var disposition =
                ContentDisposition.attachment().filename(chosen.fileName()).build();
        StreamingResponseBody body = out -> exporter.write(chosen, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .body(body);
    }
}
