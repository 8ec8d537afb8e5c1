package dev.notegraph.importer.write;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.values.storable.DateTimeValue;

/**
 * Cypher parameter values as Neo4j stores them: the driver sends every integer as a 64-bit integer, every
 * list of strings or numbers as an array, and a null property is not stored at all. The batch importer stores
 * what it is given, so the bulk path converts first to end up with the same property records.
 */
final class StoredValues {

    private StoredValues() {}

    static Map<String, Object> of(Map<String, Object> row) {
        var stored = new LinkedHashMap<String, Object>();
        row.forEach((key, value) -> {
            if (value != null) {
                stored.put(key, value(value));
            }
        });
        return stored;
    }

    private static Object value(Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof OffsetDateTime time) {
            return DateTimeValue.datetime(time);
        }
        if (value instanceof List<?> list) {
            return array(list);
        }
        return value;
    }

    private static Object array(List<?> list) {
        if (!list.isEmpty() && list.stream().allMatch(v -> v instanceof Integer || v instanceof Long)) {
            return list.stream().mapToLong(v -> ((Number) v).longValue()).toArray();
        }
        if (!list.isEmpty() && list.stream().allMatch(v -> v instanceof Double || v instanceof Float)) {
            return list.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        }
        if (list.stream().allMatch(v -> v instanceof String)) {
            return list.toArray(String[]::new);
        }
        throw new IllegalArgumentException("no stored array for a list of mixed values: " + list);
    }
}
