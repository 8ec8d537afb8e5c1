package dev.notegraph.explorer.cypher;

import dev.notegraph.explorer.problem.BadRequestException;
import dev.notegraph.explorer.problem.PayloadTooLargeException;
import dev.notegraph.explorer.security.RequiresAccessToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cypher}: a read-only, time- and row-limited Cypher console. Public for the MCP tool
 * {@code run_cypher}, which must take exactly this path: same checks, same guard, same limits.
 */
@RestController
@RequiresAccessToken
public final class CypherController {

    private final CypherConsole console;

    CypherController(CypherConsole console) {
        this.console = console;
    }

    @PostMapping("/api/cypher")
    public CypherResult run(@RequestBody CypherRequest request) {
        if (request.query() == null || request.query().isBlank()) {
            throw new BadRequestException("Field 'query' is required");
        }
        if (request.query().length() > CypherBodyLimit.MAX_BYTES) {
            throw new PayloadTooLargeException("Cypher queries are limited to " + CypherBodyLimit.MAX_BYTES + " bytes");
        }
        return console.run(request.query(), request.parametersOrEmpty());
    }
}
