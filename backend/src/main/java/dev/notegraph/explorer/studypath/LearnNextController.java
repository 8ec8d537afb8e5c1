package dev.notegraph.explorer.studypath;

import dev.notegraph.explorer.concept.Ids;
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
        var checkedLimit = Ids.limit(limit, MAX_LIMIT);
        return reader.next(Ids.list("known", known), checkedLimit);
    }
}
