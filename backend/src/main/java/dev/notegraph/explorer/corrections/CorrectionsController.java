package dev.notegraph.explorer.corrections;

import dev.notegraph.explorer.security.RequiresAccessToken;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * {@code GET /api/corrections}: the learner's corrections as stored; {@code POST}: one more (201, then an import
 * applies it); {@code DELETE /api/corrections/{id}}: one taken back (204). Writes need the access token off
 * loopback, like imports.
 */
@RestController
final class CorrectionsController {

    private final LearnerCorrections corrections;

    CorrectionsController(LearnerCorrections corrections) {
        this.corrections = corrections;
    }

    @GetMapping("/api/corrections")
    List<Map<String, Object>> list() {
        return corrections.list();
    }

    @PostMapping("/api/corrections")
    @RequiresAccessToken
    ResponseEntity<Map<String, Object>> add(@RequestBody(required = false) Map<String, Object> body) {
        var stored = corrections.add(CorrectionRequest.parse(body));
        var id = String.valueOf(stored.get("id"));
        return ResponseEntity.created(URI.create("/api/corrections/" + UriUtils.encodePathSegment(id, "UTF-8")))
                .body(stored);
    }

    @DeleteMapping("/api/corrections/{id}")
    @RequiresAccessToken
    ResponseEntity<Void> remove(@PathVariable String id) {
        corrections.remove(id);
        return ResponseEntity.noContent().build();
    }
}
