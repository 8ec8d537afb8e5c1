package dev.notegraph.explorer.concept;

import dev.notegraph.explorer.problem.BadRequestException;
import dev.notegraph.explorer.problem.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One concept: its detail and the graph around it. Public for the MCP tools, which answer through it. */
@RestController
@RequestMapping("/api/concepts/{id}")
public final class ConceptController {

    public static final int MAX_MENTIONS = 500;
    private static final int MAX_NODES = 500;
    private static final int MAX_EDGES_PER_CONCEPT = 1000;

    private final ConceptDetails details;
    private final Neighbourhoods neighbourhoods;
    private final ConceptLookup lookup;

    ConceptController(ConceptDetails details, Neighbourhoods neighbourhoods, ConceptLookup lookup) {
        this.details = details;
        this.neighbourhoods = neighbourhoods;
        this.lookup = lookup;
    }

    @GetMapping
    public ConceptDetail detail(
            @PathVariable String id, @RequestParam(defaultValue = "" + MAX_MENTIONS) int mentionLimit) {
        if (mentionLimit < 1 || mentionLimit > MAX_MENTIONS) {
            throw new BadRequestException("Parameter 'mentionLimit' must be between 1 and " + MAX_MENTIONS);
        }
        var wanted = Ids.require("id", id);
        return details.find(wanted, mentionLimit)
                .orElseThrow(() -> new NotFoundException("No concept with id '" + wanted + "'"));
    }

    @GetMapping("/neighbourhood")
    Neighbourhood neighbourhood(
            @PathVariable String id,
            @RequestParam(defaultValue = "1") int depth,
            @RequestParam(required = false) String types,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "" + MAX_EDGES_PER_CONCEPT) int edgesPerConcept) {
        if (depth < 1 || depth > 3) {
            throw new BadRequestException("Parameter 'depth' must be 1, 2 or 3");
        }
        if (edgesPerConcept < 1 || edgesPerConcept > MAX_EDGES_PER_CONCEPT) {
            throw new BadRequestException("Parameter 'edgesPerConcept' must be between 1 and " + MAX_EDGES_PER_CONCEPT);
        }
        var relationTypes = RelationTypes.parse(types);
        var concept = lookup.require(Ids.require("id", id));
        return neighbourhoods.around(concept.id(), depth, relationTypes, Ids.limit(limit, MAX_NODES), edgesPerConcept);
    }
}
