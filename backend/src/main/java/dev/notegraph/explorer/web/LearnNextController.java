package dev.notegraph.explorer.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "What can I learn next": the frontier of a learner's known concepts along PREREQUISITE_OF. */
@RestController
final class LearnNextController {

    private static final int MAX_LIMIT = 100;

    private final LearnNextReader reader;

    LearnNextController(LearnNextReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/learn-next")
    List<NextConcept> learnNext(
            @RequestParam(defaultValue = "") String known, @RequestParam(defaultValue = "10") int limit) {
        var ids = Arrays.stream(known.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .distinct()
                .toList();
        return reader.next(ids, Math.max(1, Math.min(limit, MAX_LIMIT)));
    }
}
