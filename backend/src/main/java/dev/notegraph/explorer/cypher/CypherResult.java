package dev.notegraph.explorer.cypher;

import java.util.List;

/**
 * Rows of a console query, values made JSON-friendly.
 *
 * @param truncated whether rows beyond the cap were dropped
 * @param elapsedMs wall-clock time of the query
 */
record CypherResult(List<String> columns, List<List<Object>> rows, boolean truncated, long elapsedMs) {}
