package dev.notegraph.explorer.mcp;

import dev.notegraph.explorer.problem.BadRequestException;
import dev.notegraph.explorer.problem.CypherRejectedException;
import dev.notegraph.explorer.problem.NotFoundException;
import dev.notegraph.explorer.problem.PayloadTooLargeException;
import dev.notegraph.explorer.problem.ProblemException;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns what an endpoint handler answers into a tool result: its JSON, written by the application's ObjectMapper
 * (so it is the API's JSON to the byte), as text; or, for what the API answers as a problem, a tool error
 * ({@code isError: true}) with the problem's text, which the assistant can read and act on.
 */
final class ToolAnswers {

    private static final Logger log = LoggerFactory.getLogger(ToolAnswers.class);

    private final ObjectMapper json;

    ToolAnswers(ObjectMapper json) {
        this.json = json;
    }

    CallToolResult answer(Supplier<Object> handler) {
        try {
            return CallToolResult.builder()
                    .addTextContent(json.writeValueAsString(handler.get()))
                    .isError(false)
                    .build();
        } catch (BadRequestException | NotFoundException | CypherRejectedException | PayloadTooLargeException e) {
            return error(e.getMessage());
        } catch (ProblemException e) {
            return error(e.problem().getDetail());
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            log.warn("Neo4j unreachable: {}", e.getMessage());
            return error("The graph database cannot be reached right now; try again shortly.");
        } catch (RuntimeException e) {
            log.error("Unexpected error in an MCP tool", e);
            return error("An unexpected error occurred.");
        }
    }

    private static CallToolResult error(String text) {
        return CallToolResult.builder().addTextContent(text).isError(true).build();
    }
}
