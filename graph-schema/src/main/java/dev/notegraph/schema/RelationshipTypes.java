package dev.notegraph.schema;

/** Structural relationship types; the typed relations between concepts are in {@link ConceptRelation}. */
public final class RelationshipTypes {

    /** {@code (:Note)-[:HAS_SECTION]->(:Section)} for every section of the note. */
    public static final String HAS_SECTION = "HAS_SECTION";

    /** {@code (:Section)-[:HAS_SUBSECTION]->(:Section)}: the heading tree. */
    public static final String HAS_SUBSECTION = "HAS_SUBSECTION";

    /** {@code (:Section)-[:MENTIONS {line, text, form, count}]->(:Concept)}: first mention in that section. */
    public static final String MENTIONS = "MENTIONS";

    /** {@code (:Term)-[:NAMES]->(:Concept)}. */
    public static final String NAMES = "NAMES";

    private RelationshipTypes() {}
}
