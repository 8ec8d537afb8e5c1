package dev.notegraph.explorer.cypher;

import dev.notegraph.explorer.problem.CypherRejectedException;
import java.util.Locale;
import java.util.Set;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Decides from a query's plan whether the console may run it. The planner's query type catches writes; the
 * operators are then checked against allow-lists because some commands and procedures the planner calls
 * "read" still change state or disclose it (TERMINATE TRANSACTIONS, SHOW SETTINGS, db.stats.clear).
 */
final class ReadOnlyPlans {

    /** Commands that only describe this database's schema and code. */
    private static final Set<String> COMMANDS =
            Set.of("showindexes", "showconstraints", "showprocedures", "showfunctions");

    /** Procedures that read the graph or its schema and nothing else. */
    private static final Set<String> PROCEDURES = Set.of(
            "db.labels",
            "db.relationshiptypes",
            "db.propertykeys",
            "db.schema.visualization",
            "db.schema.nodetypeproperties",
            "db.schema.reltypeproperties",
            "db.index.fulltext.querynodes",
            "db.index.fulltext.queryrelationships",
            "db.index.fulltext.listavailableanalyzers",
            "db.info",
            "db.ping");

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
        var operator = plan.operatorType().toLowerCase(Locale.ROOT).split("@", 2)[0];
        if (operator.contains("loadcsv")) {
            throw new CypherRejectedException("LOAD CSV is not allowed in the console");
        }
        if ((operator.startsWith("show") || operator.startsWith("terminate")) && !COMMANDS.contains(operator)) {
            throw new CypherRejectedException("Only SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS are allowed"
                    + " in the console, not " + plan.operatorType().split("@", 2)[0]);
        }
        if (operator.contains("procedurecall")) {
            var details = plan.arguments().getOrDefault("Details", Values.NULL);
            var name = details.isNull() ? "" : details.asString().strip().split("\\(", 2)[0];
            if (!PROCEDURES.contains(name.toLowerCase(Locale.ROOT))) {
                throw new CypherRejectedException("Procedure " + name + " is not allowed in the console; allowed: "
                        + String.join(", ", PROCEDURES.stream().sorted().toList()));
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
