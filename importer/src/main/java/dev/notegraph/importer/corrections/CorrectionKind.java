package dev.notegraph.importer.corrections;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a learner can say about the extracted graph; the label is how the file and the API spell it. */
public enum CorrectionKind {
    /** {@code concept}: the extractor took a word for a concept; it goes, with its mentions and edges. */
    NOT_A_CONCEPT("not-a-concept", "concept"),
    /** {@code concepts: [a, b]}: two names of one idea; b is merged into a (aliases united). */
    SAME_CONCEPT("same-concept", "concepts"),
    /** {@code from}, {@code to}: from is no prerequisite of to; the edge goes and stays out of to's study path. */
    NOT_PREREQUISITE("not-prerequisite", "from", "to"),
    /** {@code from}, {@code to}: study from before to; the edge is added as the learner's. */
    PREREQUISITE("prerequisite", "from", "to");

    private final String label;
    private final List<String> fields;

    CorrectionKind(String label, String... fields) {
        this.label = label;
        this.fields = List.of(fields);
    }

    /** {@code not-a-concept}, {@code same-concept}, {@code not-prerequisite} or {@code prerequisite}. */
    public String label() {
        return label;
    }

    /** The fields that name its concepts, as the file and the API spell them. */
    public List<String> fields() {
        return fields;
    }

    /** How many concepts it names. */
    public int arity() {
        return this == NOT_A_CONCEPT ? 1 : 2;
    }

    /** The kind of that label; empty for anything else. */
    public static Optional<CorrectionKind> parse(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    /** Every label, for error messages. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(CorrectionKind::label).toList();
    }
}
