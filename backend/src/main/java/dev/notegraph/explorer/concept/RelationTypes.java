package dev.notegraph.explorer.concept;

import dev.notegraph.explorer.problem.BadRequestException;
import dev.notegraph.schema.ConceptRelation;
import java.util.Arrays;
import java.util.List;

/** Parses a {@code types=T1,T2} filter against {@link ConceptRelation}. */
public final class RelationTypes {

    private RelationTypes() {}

    /** The named types (all of them for no text), or a 400 naming the unknown one. */
    public static List<String> parse(String types) {
        if (types == null || types.isBlank()) {
            return ConceptRelation.names();
        }
        return Arrays.stream(types.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(t -> ConceptRelation.parse(t)
                        .orElseThrow(() -> new BadRequestException(
                                "Unknown relationship type '" + t + "'; known: " + ConceptRelation.names())))
                .map(Enum::name)
                .distinct()
                .toList();
    }
}
