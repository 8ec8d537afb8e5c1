package dev.notegraph.explorer.related;

import dev.notegraph.explorer.concept.ConceptLookup;
import dev.notegraph.explorer.concept.Ids;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/concepts/{id}/related}: the most related concepts, with reasons. Public for the MCP tools, which
 * answer through the same handler.
 */
@RestController
public final class RelatedController {

    public static final int DEFAULT_LIMIT = 10;

    private final RelatedTopics related;
    private final ConceptLookup lookup;

    RelatedController(RelatedTopics related, ConceptLookup lookup) {
        this.related = related;
        this.lookup = lookup;
    }

    @GetMapping("/api/concepts/{id}/related")
    public List<RelatedTopic> related(
            @PathVariable String id, @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        var checkedLimit = Ids.limit(limit, 100);
        return related.of(lookup.require(Ids.require("id", id)), checkedLimit);
    }
}
