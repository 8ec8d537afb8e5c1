package dev.notegraph.explorer.search;

import dev.notegraph.explorer.concept.Ids;
import dev.notegraph.explorer.problem.BadRequestException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/concepts?q=TEXT}: concepts by any name, best first. Public for the MCP tools, which answer
 * through the same handler.
 */
@RestController
public final class SearchController {

    public static final int DEFAULT_LIMIT = 20;

    private static final int MAX_QUERY = 200;

    private final ConceptSearch search;

    SearchController(ConceptSearch search) {
        this.search = search;
    }

    @GetMapping("/api/concepts")
    public List<ConceptHit> search(
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        if (q == null || q.isBlank()) {
            throw new BadRequestException("Parameter 'q' is required");
        }
        if (q.length() > MAX_QUERY) {
            throw new BadRequestException("Parameter 'q' is longer than " + MAX_QUERY + " characters");
        }
        return search.search(q, Ids.limit(limit, 100));
    }
}
