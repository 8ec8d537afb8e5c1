package dev.notegraph.explorer.related;

import dev.notegraph.explorer.concept.ConceptLookup;
import dev.notegraph.explorer.concept.Ids;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/concepts/{id}/related}: the most related concepts, with reasons. */
@RestController
final class RelatedController {

    private final RelatedTopics related;
    private final ConceptLookup lookup;

    RelatedController(RelatedTopics related, ConceptLookup lookup) {
        this.related = related;
        this.lookup = lookup;
    }

    @GetMapping("/api/concepts/{id}/related")
    List<RelatedTopic> related(@PathVariable String id, @RequestParam(defaultValue = "10") int limit) {
        var checkedLimit = Ids.limit(limit, 100);
        return related.of(lookup.require(Ids.require("id", id)), checkedLimit);
    }
}
