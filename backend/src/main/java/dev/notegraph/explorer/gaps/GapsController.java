package dev.notegraph.explorer.gaps;

import dev.notegraph.explorer.concept.Ids;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/gaps?limit=N}: what the notes use but never explain, and what they leave unconnected. */
@RestController
final class GapsController {

    private static final int MAX_ITEMS = 500;

    private final StudyGaps gaps;

    GapsController(StudyGaps gaps) {
        this.gaps = gaps;
    }

    @GetMapping("/api/gaps")
    GapReport gaps(@RequestParam(defaultValue = "50") int limit) {
        return gaps.report(Ids.limit(limit, MAX_ITEMS));
    }
}
