package dev.notegraph.explorer.studypath;

import dev.notegraph.explorer.concept.ConceptLookup;
import dev.notegraph.explorer.concept.ConceptView;
import dev.notegraph.explorer.concept.GraphViews;
import dev.notegraph.explorer.concept.Ids;
import dev.notegraph.explorer.problem.BadRequestException;
import dev.notegraph.explorer.problem.NotFoundException;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * How to get to a concept: its study path, and the chain of relations between two concepts. Public for the MCP
 * tools, which answer through the same handlers.
 */
@RestController
public final class StudyPathController {

    private static final int MAX_STEPS = 100;

    private final StudyPaths studyPaths;
    private final ConceptPaths paths;
    private final ConceptLookup lookup;

    StudyPathController(StudyPaths studyPaths, ConceptPaths paths, ConceptLookup lookup) {
        this.studyPaths = studyPaths;
        this.paths = paths;
        this.lookup = lookup;
    }

    @GetMapping("/api/study-path")
    public StudyPath studyPath(
            @RequestParam(required = false) String target,
            @RequestParam(required = false) String known,
            @RequestParam(required = false) Integer maxSteps,
            @RequestParam(required = false) Double minConfidence) {
        var targetId = Ids.require("target", target);
        var knownIds = new LinkedHashSet<>(Ids.list("known", known));
        var concept = lookup.require(targetId);
        var found = knownIds.isEmpty() ? Map.<String, ConceptView>of() : lookup.findAll(knownIds);
        knownIds.stream().filter(id -> !found.containsKey(id)).findFirst().ifPresent(id -> {
            throw new BadRequestException("Parameter 'known' names no concept '" + id + "'");
        });
        knownIds.remove(targetId);
        return studyPaths.plan(concept, knownIds, limits(maxSteps, minConfidence));
    }

    private static StudyPaths.Limits limits(Integer maxSteps, Double minConfidence) {
        var defaults = StudyPaths.Limits.DEFAULT;
        int steps = maxSteps == null ? defaults.maxSteps() : maxSteps;
        double floor = minConfidence == null ? defaults.minConfidence() : minConfidence;
        if (steps < 1 || steps > MAX_STEPS) {
            throw new BadRequestException("Parameter 'maxSteps' must be between 1 and " + MAX_STEPS);
        }
        if (!(floor >= 0 && floor <= 1)) {
            throw new BadRequestException("Parameter 'minConfidence' must be between 0 and 1");
        }
        return new StudyPaths.Limits(floor, steps);
    }

    @GetMapping("/api/paths")
    public GraphViews path(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        var start = lookup.require(Ids.require("from", from));
        var end = lookup.require(Ids.require("to", to));
        return paths.shortest(start, end)
                .orElseThrow(() -> new NotFoundException(
                        "No chain of at most 6 relations links '" + start.id() + "' and '" + end.id() + "'"));
    }
}
