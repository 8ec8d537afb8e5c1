package dev.notegraph.explorer.concept;

import dev.notegraph.schema.ConceptRelation;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Value;

/**
 * A typed relation between two concepts, with its evidence.
 *
 * @param source source concept id (for symmetric types, the smaller id)
 * @param target target concept id
 * @param type a {@link ConceptRelation} name
 * @param directed whether the direction carries meaning
 * @param weight ranking strength
 * @param confidence 0..1
 * @param methods how the extractor found it
 * @param evidence strongest first
 */
public record EdgeView(
        String source,
        String target,
        String type,
        boolean directed,
        double weight,
        double confidence,
        List<String> methods,
        List<EvidenceView> evidence) {

    /**
     * The Cypher projection {@link #toEdge(Value)} reads, for a relationship bound to {@code r}. Kept here so
     * every query that returns edges returns the same shape.
     */
    public static final String PROJECTION =
            "{source: startNode(r).id, target: endNode(r).id, type: type(r), props: properties(r)}";

    /** Maps a value of {@link #PROJECTION}. */
    public static EdgeView toEdge(Value edge) {
        var type = edge.get("type").asString();
        var props = edge.get("props");
        var confidence = props.get("confidence").asDouble(0);
        return new EdgeView(
                edge.get("source").asString(),
                edge.get("target").asString(),
                type,
                ConceptRelation.parse(type).map(ConceptRelation::directed).orElse(true),
                props.get("weight").asDouble(confidence),
                confidence,
                props.get("methods").asList(Value::asString, List.of()),
                evidence(props));
    }

    /** Whether this edge touches the concept. */
    public boolean touches(String conceptId) {
        return source.equals(conceptId) || target.equals(conceptId);
    }

    /** The concept at the other end from {@code conceptId}. */
    public String other(String conceptId) {
        return source.equals(conceptId) ? target : source;
    }

    private static List<EvidenceView> evidence(Value props) {
        var notes = props.get("evidenceNotes").asList(Value::asString, List.of());
        var lines = props.get("evidenceLines").asList(Value::asLong, List.of());
        var texts = props.get("evidenceTexts").asList(Value::asString, List.of());
        var out = new ArrayList<EvidenceView>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            out.add(new EvidenceView(
                    notes.get(i), i < lines.size() ? lines.get(i) : 0, i < texts.size() ? texts.get(i) : ""));
        }
        return List.copyOf(out);
    }
}
