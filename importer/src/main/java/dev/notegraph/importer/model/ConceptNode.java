package dev.notegraph.importer.model;

import java.util.List;
import java.util.Optional;

/**
 * One idea under all its names.
 *
 * @param id {@link dev.notegraph.schema.ConceptIds#of(String)} of the canonical name
 * @param name the canonical display name
 * @param aliases the other names, as written (not including {@code name})
 * @param summary the sentence that best defines the concept, if the notes have one
 * @param category a coarse category (for example "network", "python"), or empty
 * @param mentionCount mentions over all notes
 * @param noteCount notes that mention it
 */
public record ConceptNode(
        String id,
        String name,
        List<String> aliases,
        Optional<Evidence> summary,
        String category,
        int mentionCount,
        int noteCount) {}
