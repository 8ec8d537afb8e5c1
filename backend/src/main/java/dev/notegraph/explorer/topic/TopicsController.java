package dev.notegraph.explorer.topic;

import dev.notegraph.explorer.concept.Ids;
import dev.notegraph.explorer.problem.BadRequestException;
import dev.notegraph.explorer.problem.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/topics} and {@code GET /api/topics/{id}}: the communities of the concept graph. */
@RestController
final class TopicsController {

    private static final int MAX_TOPICS = 500;
    private static final int MAX_CONCEPTS = 200;

    private final TopicReader topics;

    TopicsController(TopicReader topics) {
        this.topics = topics;
    }

    @GetMapping("/api/topics")
    TopicList topics(
            @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "10") int conceptLimit) {
        if (conceptLimit < 1 || conceptLimit > MAX_CONCEPTS) {
            throw new BadRequestException("Parameter 'conceptLimit' must be between 1 and " + MAX_CONCEPTS);
        }
        return topics.largest(Ids.limit(limit, MAX_TOPICS), conceptLimit);
    }

    @GetMapping("/api/topics/{id}")
    TopicDetail topic(@PathVariable String id) {
        var wanted = Ids.require("id", id);
        return topics.find(wanted).orElseThrow(() -> new NotFoundException("No topic with id '" + wanted + "'"));
    }
}
