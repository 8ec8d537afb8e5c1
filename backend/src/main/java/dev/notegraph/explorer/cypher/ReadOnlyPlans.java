package dev.notegraph.explorer.cypher;

import dev.notegraph.explorer.problem.CypherRejectedException;
import java.util.Locale;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/** Decides from a query's plan whether the console may run it. */
final class ReadOnlyPlans {

    private ReadOnlyPlans() {}

    static void check(ResultSummary summary) {
        if (summary.queryType() != QueryType.READ_ONLY) {
            throw new CypherRejectedException(
                    "Only read queries are allowed in the console; this query " + describe(summary.queryType()));
        }
        if (summary.hasPlan()) {
            walk(summary.plan());
        }
    }

    private static void walk(Plan plan) {
        var operator = plan.operatorType().toLowerCase(Locale.ROOT);
        if (operator.contains("loadcsv")) {
            throw new CypherRejectedException("LOAD CSV is not allowed in the console");
        }
        if (operator.contains("procedurecall")) {
            var details = plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL);
            var text = details.isNull() ? "" : details.asString().strip();
            if (!text.startsWith("db.") || text.startsWith("db.create") || text.startsWith("db.clear")) {
                throw new CypherRejectedException(
                        "Only db.* read procedures are allowed in the console, not: " + text.split("\\(", 2)[0]);
            }
        }
        plan.children().forEach(ReadOnlyPlans::walk);
    }

    private static String describe(QueryType type) {
        if (type == null) {
            return "is not a plain read";
        }
        return switch (type) {
            case READ_WRITE, WRITE_ONLY -> "writes to the graph";
            case SCHEMA_WRITE -> "changes the schema or administers the database";
            default -> "is not a plain read";
        };
    }
}
