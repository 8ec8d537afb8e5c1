package dev.notegraph.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed relations between concepts. Every such relationship carries {@code confidence} (0..1), {@code weight},
 * {@code methods} (how it was found) and parallel evidence lists {@code evidenceNotes}, {@code evidenceLines},
 * {@code evidenceTexts}. Symmetric relations are stored once, from the smaller concept id to the larger.
 */
public enum ConceptRelation {
    /** {@code (a)-[:PREREQUISITE_OF]->(b)}: study a before b. */
    PREREQUISITE_OF(true),
    /** {@code (a)-[:SUBTOPIC_OF]->(b)}: a is a part or kind of b. */
    SUBTOPIC_OF(true),
    /** The notes compare the two directly (区别, 对比, vs). */
    CONTRASTS_WITH(false),
    /** Discussed together; weighted by how strongly they co-occur. */
    RELATED_TO(false),
    /** {@code (a)-[:USES]->(b)}: a is built on or calls b. */
    USES(true),
    /** {@code (a)-[:SOLVES]->(b)}: a is the answer to problem b. */
    SOLVES(true),
    /** {@code (a)-[:IS_A]->(b)}: a is a kind of b. */
    IS_A(true);

    /**
     * Not one of the types: a PREREQUISITE_OF edge the importer left out to break a cycle, kept with its evidence
     * and the {@code cycle} (concept ids) it would have closed, for the study-gap report. Readers of the concept
     * graph name the types above, so they never see it.
     */
    public static final String DROPPED_PREREQUISITE = "DROPPED_PREREQUISITE";

    private final boolean directed;

    ConceptRelation(boolean directed) {
        this.directed = directed;
    }

    /** Whether the direction carries meaning; symmetric relations are read both ways. */
    public boolean directed() {
        return directed;
    }

    /** All type names, for Cypher {@code type(r) IN $types} filters. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /**
     * Every type as a Cypher relationship type expression, {@code PREREQUISITE_OF|SUBTOPIC_OF|...}, for patterns
     * such as {@code (a)-[r:%s]-(b)}: a typed expand reads only these relationship groups of a dense concept,
     * never its thousands of MENTIONS, which {@code -[r]-} plus {@code type(r) IN $types} walks one by one.
     */
    public static String typeExpression() {
        return String.join("|", names());
    }

    /** The relation of that name, ignoring case; empty for anything else. */
    public static Optional<ConceptRelation> parse(String name) {
        var wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }
}
