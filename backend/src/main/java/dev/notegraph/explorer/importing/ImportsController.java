package dev.notegraph.explorer.importing;

import dev.notegraph.explorer.problem.BadRequestException;
import dev.notegraph.explorer.problem.ProblemException;
import dev.notegraph.explorer.problem.ProblemTypes;
import dev.notegraph.explorer.security.RequiresAccessToken;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/imports}: the import history with its diffs; {@code POST /api/imports}: re-import now. */
@RestController
final class ImportsController {

    private final ImportHistory history;
    private final ImportRunner runner;

    ImportsController(ImportHistory history, ImportRunner runner) {
        this.history = history;
        this.runner = runner;
    }

    @GetMapping("/api/imports")
    List<ImportRecord> imports(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > ImportHistory.KEPT) {
            throw new BadRequestException("limit must be between 1 and " + ImportHistory.KEPT);
        }
        return history.latest(limit);
    }

    @PostMapping("/api/imports")
    @RequiresAccessToken
    ResponseEntity<Map<String, String>> start() {
        var id = runner.start("request")
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.CONFLICT,
                        ProblemTypes.IMPORT_RUNNING,
                        "Import running",
                        "An import is running; ask again once it has finished."));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id));
    }
}
