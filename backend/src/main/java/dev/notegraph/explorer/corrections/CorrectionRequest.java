package dev.notegraph.explorer.corrections;

import dev.notegraph.explorer.problem.BadRequestException;
import dev.notegraph.importer.corrections.CorrectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code POST /api/corrections} body, read by hand so every mistake gets its own 400: {@code {"kind":
 * "not-a-concept", "concept": id}}, {@code {"kind": "same-concept", "concepts": [id, id]}}, {@code {"kind":
 * "not-prerequisite" | "prerequisite", "from": id, "to": id}}.
 *
 * @param kind what the learner says
 * @param concepts the concept ids (or names) in the order of {@link CorrectionKind#fields()}
 */
record CorrectionRequest(CorrectionKind kind, List<String> concepts) {

    static CorrectionRequest parse(Map<String, Object> body) {
        if (body == null || !(body.get("kind") instanceof String label)) {
            throw new BadRequestException("Give the correction's kind: one of " + kinds() + ".");
        }
        var kind = CorrectionKind.parse(label.strip())
                .orElseThrow(() -> new BadRequestException("Unknown kind '" + label + "': one of " + kinds() + "."));
        var concepts = new ArrayList<String>();
        if (kind == CorrectionKind.SAME_CONCEPT) {
            if (!(body.get("concepts") instanceof List<?> ids) || ids.size() != 2) {
                throw new BadRequestException("same-concept needs \"concepts\": [id, id], the one to keep first.");
            }
            ids.forEach(id -> concepts.add(text(id, "concepts")));
        } else {
            kind.fields().forEach(field -> concepts.add(text(body.get(field), field)));
        }
        if (concepts.size() == 2 && concepts.get(0).equals(concepts.get(1))) {
            throw new BadRequestException(kind.label() + " needs two different concepts.");
        }
        return new CorrectionRequest(kind, List.copyOf(concepts));
    }

    private static String text(Object value, String field) {
        if (!(value instanceof String text) || text.isBlank()) {
            throw new BadRequestException("\"" + field + "\" must be a concept id.");
        }
        return text.strip();
    }

    private static String kinds() {
        return String.join(", ", CorrectionKind.labels());
    }
}
