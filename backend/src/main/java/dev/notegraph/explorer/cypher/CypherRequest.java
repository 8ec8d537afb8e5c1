package dev.notegraph.explorer.cypher;

import java.util.Map;

/** A console query and its parameters. */
public record CypherRequest(String query, Map<String, Object> parameters) {

    Map<String, Object> parametersOrEmpty() {
        return parameters == null ? Map.of() : parameters;
    }
}
