package dev.notegraph.explorer.concept;

import java.util.List;
import org.neo4j.driver.Value;

/**
 * A concept as every endpoint shows it.
 *
 * @param id stable, URL-safe id
 * @param name canonical name
 * @param aliases the other names
 * @param category coarse category, or empty
 * @param mentionCount mentions over all notes
 * @param noteCount notes that mention it
 */
public record ConceptView(
        String id, String name, List<String> aliases, String category, long mentionCount, long noteCount) {

    /** Maps a {@code :Concept} node (or a map with its properties). */
    public static ConceptView toConcept(Value node) {
        return new ConceptView(
                node.get("id").asString(),
                node.get("name").asString(node.get("id").asString()),
                node.get("aliases").asList(Value::asString, List.of()),
                node.get("category").asString(""),
                node.get("mentionCount").asLong(0),
                node.get("noteCount").asLong(0));
    }
}
