package dev.notegraph.explorer.concept;

import dev.notegraph.explorer.problem.BadRequestException;
import java.util.Arrays;
import java.util.List;

/** Checks ids taken from requests before they reach a query. */
public final class Ids {

    private static final int MAX_LENGTH = 200;

    private Ids() {}

    /** The id, or a 400 if it is blank, too long or holds control characters. */
    public static String require(String name, String id) {
        if (id == null || id.isBlank()) {
            throw new BadRequestException("Parameter '" + name + "' must be a concept id");
        }
        if (id.length() > MAX_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException("Parameter '" + name + "' is not a valid id");
        }
        return id.strip();
    }

    /** A comma-separated list of ids; empty for no text. */
    public static List<String> list(String name, String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        return Arrays.stream(ids.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(id -> require(name, id))
                .distinct()
                .toList();
    }

    /** A limit parameter within {@code 1..max}, else a 400. */
    public static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new BadRequestException("Parameter 'limit' must be between 1 and " + max);
        }
        return limit;
    }
}
