package dev.notegraph.explorer.mcp;

import dev.notegraph.explorer.concept.ConceptController;
import dev.notegraph.explorer.cypher.CypherController;
import dev.notegraph.explorer.cypher.CypherRequest;
import dev.notegraph.explorer.related.RelatedController;
import dev.notegraph.explorer.search.SearchController;
import dev.notegraph.explorer.studypath.StudyPathController;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The six tools of the contract. Each calls the handler of the endpoint it mirrors, so the checks, the limits,
 * the not-found cases and the JSON are the endpoint's, and {@code run_cypher} takes the console's one path.
 */
@Component
final class NotegraphTools {

    private final SearchController search;
    private final ConceptController concepts;
    private final StudyPathController studyPaths;
    private final RelatedController related;
    private final CypherController cypher;
    private final ToolAnswers answers;

    NotegraphTools(
            SearchController search,
            ConceptController concepts,
            StudyPathController studyPaths,
            RelatedController related,
            CypherController cypher,
            ObjectMapper json) {
        this.search = search;
        this.concepts = concepts;
        this.studyPaths = studyPaths;
        this.related = related;
        this.cypher = cypher;
        this.answers = new ToolAnswers(json);
    }

    List<SyncToolSpecification> specifications() {
        return List.of(
                tool(
                        ToolSchemas.SEARCH_CONCEPTS,
                        args -> search.search(
                                args.string("query"), args.integer("limit", SearchController.DEFAULT_LIMIT))),
                tool(
                        ToolSchemas.GET_CONCEPT,
                        args -> concepts.detail(args.string("id"), ConceptController.MAX_MENTIONS)),
                tool(
                        ToolSchemas.STUDY_PATH,
                        args -> studyPaths.studyPath(args.string("target"), args.idList("known"), null, null)),
                tool(
                        ToolSchemas.RELATED_TOPICS,
                        args -> related.related(
                                args.string("id"), args.integer("limit", RelatedController.DEFAULT_LIMIT))),
                tool(ToolSchemas.PATH_BETWEEN, args -> studyPaths.path(args.string("from"), args.string("to"))),
                tool(
                        ToolSchemas.RUN_CYPHER,
                        args -> cypher.run(new CypherRequest(args.string("query"), args.object("parameters")))));
    }

    private SyncToolSpecification tool(ToolSchemas.Definition definition, Function<ToolArguments, Object> handler) {
        var tool = Tool.builder()
                .name(definition.name())
                .description(definition.description())
                .inputSchema(McpJsonDefaults.getMapper(), definition.inputSchema())
                .annotations(new ToolAnnotations(definition.name(), true, false, true, false, null))
                .build();
        return SyncToolSpecification.builder()
                .tool(tool)
                .callHandler((exchange, request) -> call(handler, new ToolArguments(request.arguments())))
                .build();
    }

    private CallToolResult call(Function<ToolArguments, Object> handler, ToolArguments arguments) {
        return answers.answer(() -> handler.apply(arguments));
    }
}
