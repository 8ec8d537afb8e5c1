package dev.notegraph.importer.corrections;

import dev.notegraph.schema.ConceptIds;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One correction of the learner's.
 *
 * @param id stable id: given in the file, or derived from the kind and the concepts when the file has none
 * @param kind what it says
 * @param concepts the concepts it names, in the order of {@link CorrectionKind#fields()} ({@code [concept]},
 *     {@code [a, b]} or {@code [from, to]}): each a concept's name (or id, or any alias), resolved afresh by every
 *     import
 * @param created when it was made, if known
 */
public record Correction(String id, CorrectionKind kind, List<String> concepts, Optional<Instant> created) {

    public Correction {
        concepts = List.copyOf(concepts);
        if (concepts.size() != kind.arity()) {
            throw new IllegalArgumentException(kind.label() + " names " + kind.arity() + " concept(s)");
        }
    }

    /** A new correction with the id its content gives: the same correction made twice is one. */
    public static Correction of(CorrectionKind kind, List<String> concepts, Instant created) {
        return new Correction(idOf(kind, concepts), kind, concepts, Optional.of(created));
    }

    /** The id of a correction's content: the same kind and concepts, the same id. */
    public static String idOf(CorrectionKind kind, List<String> concepts) {
        return ConceptIds.shortHash(kind.label() + "\n" + String.join("\n", concepts));
    }

    /**
     * A digest of corrections as applied (ids, kinds, concepts, in order): an import whose notes did not change
     * still rewrites the graph when it differs from the stored one. Empty for none.
     */
    public static String digest(List<Correction> corrections) {
        if (corrections.isEmpty()) {
            return "";
        }
        var text = new StringBuilder();
        corrections.forEach(c -> text.append(c.id())
                .append('\t')
                .append(c.kind().label())
                .append('\t')
                .append(String.join("\t", c.concepts()))
                .append('\n'));
        return dev.notegraph.schema.Sha256.hex(text.toString());
    }

    /** The concept of a not-a-concept; the first of the others. */
    public String first() {
        return concepts.get(0);
    }

    /** The second concept of a two-concept correction. */
    public String second() {
        return concepts.get(1);
    }

    /** As the file and the API show it: {@code id}, {@code kind}, the concept fields, {@code created}. */
    public Map<String, Object> asMap() {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", id);
        map.put("kind", kind.label());
        switch (kind) {
            case NOT_A_CONCEPT -> map.put("concept", first());
            case SAME_CONCEPT -> map.put("concepts", concepts);
            case NOT_PREREQUISITE, PREREQUISITE -> {
                map.put("from", first());
                map.put("to", second());
            }
        }
        created.ifPresent(at -> map.put("created", at.toString()));
        return map;
    }

    /** What it says, in a line: {@code not-prerequisite TCP -> TIME-WAIT}. */
    public String describe() {
        return switch (kind) {
            case NOT_A_CONCEPT -> kind.label() + " " + first();
            case SAME_CONCEPT -> kind.label() + " " + first() + " = " + second();
            case NOT_PREREQUISITE, PREREQUISITE -> kind.label() + " " + first() + " -> " + second();
        };
    }
}
