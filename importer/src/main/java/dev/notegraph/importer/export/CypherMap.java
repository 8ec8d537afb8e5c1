package dev.notegraph.importer.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A Cypher map literal built key by key; strings are escaped so no note text can end the literal. */
final class CypherMap {

    private final List<String> entries = new ArrayList<>();

    CypherMap put(String key, String value) {
        entries.add(key + ": " + string(value));
        return this;
    }

    /** A text property only when it has text: the stored graph has no empty summaries, only absent ones. */
    CypherMap putText(String key, String value) {
        return value.isEmpty() ? this : put(key, value);
    }

    CypherMap put(String key, long value) {
        entries.add(key + ": " + value);
        return this;
    }

    CypherMap putNumber(String key, long value) {
        return value == 0 ? this : put(key, value);
    }

    CypherMap put(String key, double value) {
        entries.add(key + ": " + value);
        return this;
    }

    CypherMap put(String key, List<?> values) {
        entries.add(key + ": " + values.stream().map(CypherMap::literal).collect(Collectors.joining(", ", "[", "]")));
        return this;
    }

    CypherMap putMap(String key, CypherMap map) {
        entries.add(key + ": " + map);
        return this;
    }

    @Override
    public String toString() {
        return entries.stream().collect(Collectors.joining(", ", "{", "}"));
    }

    private static String literal(Object value) {
        return value instanceof String s ? string(s) : String.valueOf(value);
    }

    static String string(String value) {
        var out = new StringBuilder(value.length() + 2).append('\'');
        for (var i = 0; i < value.length(); i++) {
            var ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(ch);
            }
        }
        return out.append('\'').toString();
    }
}
