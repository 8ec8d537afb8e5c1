package dev.notegraph.explorer.mcp;

import dev.notegraph.schema.ConceptRelation;

/** Names, descriptions and JSON input schemas of the tools, in the words of the API contract. */
final class ToolSchemas {

    record Definition(String name, String description, String inputSchema) {}

    static final Definition SEARCH_CONCEPTS = new Definition(
            "search_concepts",
            "Find concepts by any name or alias, Chinese or English (as GET /api/concepts?q=&limit=): concept"
                    + " objects with a score, best first. Use the ids with the other tools.",
            """
            {"type": "object", "required": ["query"], "additionalProperties": false, "properties": {
              "query": {"type": "string", "description": "a name, alias or words"},
              "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}}
            """);

    static final Definition GET_CONCEPT = new Definition(
            "get_concept",
            "One concept (as GET /api/concepts/{id}): names, defining sentence (summary), topic, and where the"
                    + " notes mention it (note, heading, line, text).",
            """
            {"type": "object", "required": ["id"], "additionalProperties": false, "properties": {
              "id": {"type": "string", "description": "a concept id from search_concepts"}}}
            """);

    static final Definition STUDY_PATH = new Definition(
            "study_path",
            "What to study before a concept (as GET /api/study-path): its prerequisites, transitively, in an"
                    + " order a learner can follow, target last, each step with the edges that justify it.",
            """
            {"type": "object", "required": ["target"], "additionalProperties": false, "properties": {
              "target": {"type": "string", "description": "the concept id to reach"},
              "known": {"type": "array", "items": {"type": "string"},
                        "description": "ids of concepts the learner knows already; left out with what only they need"}}}
            """);

    static final Definition RELATED_TOPICS = new Definition(
            "related_topics",
            "The concepts most related to one (as GET /api/concepts/{id}/related), best first, with reasons.",
            """
            {"type": "object", "required": ["id"], "additionalProperties": false, "properties": {
              "id": {"type": "string", "description": "a concept id"},
              "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}}}
            """);

    static final Definition PATH_BETWEEN = new Definition(
            "path_between",
            "A shortest explained chain of relations between two concepts (as GET /api/paths): nodes and edges"
                    + " with evidence; an error if none within 6 relations.",
            """
            {"type": "object", "required": ["from", "to"], "additionalProperties": false, "properties": {
              "from": {"type": "string", "description": "a concept id"},
              "to": {"type": "string", "description": "a concept id"}}}
            """);

    static final Definition RUN_CYPHER = new Definition(
            "run_cypher",
            "A read-only Cypher query on the notes graph (as POST /api/cypher), with the console's time and row"
                    + " limits: columns, rows, truncated, elapsedMs. Writes, admin commands, procedures that reach"
                    + " files or URLs are refused. Graph: (:Note)-[:HAS_SECTION]->(:Section)-[:MENTIONS]->(:Concept);"
                    + " between concepts: " + String.join(", ", ConceptRelation.names()) + ".",
            """
            {"type": "object", "required": ["query"], "additionalProperties": false, "properties": {
              "query": {"type": "string", "description": "one read-only Cypher statement; use $name parameters"},
              "parameters": {"type": "object", "description": "values for the query's $parameters"}}}
            """);

    private ToolSchemas() {}
}
