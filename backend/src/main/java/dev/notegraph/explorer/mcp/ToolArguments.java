package dev.notegraph.explorer.mcp;

import dev.notegraph.explorer.problem.BadRequestException;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one tool call, read by name and type. A wrong type is a {@link BadRequestException}, so it
 * reaches the caller as the same kind of problem as a bad query parameter does on the API.
 */
record ToolArguments(Map<String, Object> values) {

    ToolArguments {
        values = values == null ? Map.of() : values;
    }

    /** A string, or null when absent: the endpoint decides whether it is required, as for a missing parameter. */
    String string(String name) {
        var value = values.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new BadRequestException("Argument '" + name + "' must be a string");
    }

    int integer(String name, int absent) {
        var value = values.get(name);
        if (value == null) {
            return absent;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number.longValue()));
        }
        throw new BadRequestException("Argument '" + name + "' must be an integer");
    }

    /** A list of ids as the endpoint's comma-separated parameter, or null when absent. */
    String idList(String name) {
        var value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return String.join(",", list.stream().map(String.class::cast).toList());
        }
        throw new BadRequestException("Argument '" + name + "' must be a list of concept ids");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String name) {
        var value = values.get(name);
        if (value == null || value instanceof Map) {
            return (Map<String, Object>) value;
        }
        throw new BadRequestException("Argument '" + name + "' must be an object");
    }
}
