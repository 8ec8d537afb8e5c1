package dev.notegraph.explorer.cypher;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/** Converts driver values to what Jackson writes plainly: maps, lists, strings, numbers, booleans. */
final class JsonValues {

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private JsonValues() {}

    static Object toJson(Value value) {
        if (value.isNull()) {
            return null;
        }
        var type = value.type();
        if (type.equals(TYPES.NODE())) {
            return node(value.asNode());
        } else if (type.equals(TYPES.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        } else if (type.equals(TYPES.PATH())) {
            return path(value.asPath());
        } else if (type.equals(TYPES.LIST())) {
            return value.asList(JsonValues::toJson);
        } else if (type.equals(TYPES.MAP())) {
            return map(value);
        } else if (type.equals(TYPES.BYTES())) {
            return Base64.getEncoder().encodeToString(value.asByteArray());
        } else if (type.equals(TYPES.POINT())) {
            var p = value.asPoint();
            var point = new LinkedHashMap<String, Object>(Map.of("srid", p.srid(), "x", p.x(), "y", p.y()));
            if (!Double.isNaN(p.z())) {
                point.put("z", p.z());
            }
            return point;
        } else if (type.equals(TYPES.INTEGER()) || type.equals(TYPES.FLOAT()) || type.equals(TYPES.BOOLEAN())) {
            return value.asObject();
        }
        // Strings, and temporal values as ISO-8601 text.
        return type.equals(TYPES.STRING()) ? value.asString() : String.valueOf(value.asObject());
    }

    private static Map<String, Object> map(Value value) {
        var out = new LinkedHashMap<String, Object>();
        value.keys().forEach(k -> out.put(k, toJson(value.get(k))));
        return out;
    }

    private static Map<String, Object> node(Node node) {
        var out = new LinkedHashMap<String, Object>();
        out.put("id", node.elementId());
        out.put("labels", node.labels());
        out.put("properties", properties(node.asMap(JsonValues::toJson)));
        return out;
    }

    private static Map<String, Object> relationship(Relationship rel) {
        var out = new LinkedHashMap<String, Object>();
        out.put("id", rel.elementId());
        out.put("type", rel.type());
        out.put("start", rel.startNodeElementId());
        out.put("end", rel.endNodeElementId());
        out.put("properties", properties(rel.asMap(JsonValues::toJson)));
        return out;
    }

    private static Map<String, Object> path(Path path) {
        var nodes = new ArrayList<Object>();
        path.nodes().forEach(n -> nodes.add(node(n)));
        var rels = new ArrayList<Object>();
        path.relationships().forEach(r -> rels.add(relationship(r)));
        return Map.of("nodes", nodes, "relationships", rels);
    }

    private static Map<String, Object> properties(Map<String, Object> props) {
        return new LinkedHashMap<>(props);
    }

    static List<Object> row(org.neo4j.driver.Record record) {
        var out = new ArrayList<Object>(record.size());
        record.values().forEach(v -> out.add(toJson(v)));
        return out;
    }
}
