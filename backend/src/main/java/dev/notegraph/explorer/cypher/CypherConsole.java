package dev.notegraph.explorer.cypher;

import dev.notegraph.explorer.config.ExplorerProperties;
import dev.notegraph.explorer.problem.CypherRejectedException;
import dev.notegraph.explorer.problem.ProblemException;
import dev.notegraph.explorer.problem.ProblemTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Runs console queries read-only: the query is planned first (EXPLAIN) and refused unless the planner calls
 * it read-only, then run in a READ transaction with a timeout, so the server refuses any write the plan check
 * missed. LOAD CSV reads but reaches the file system, so it is refused too.
 */
@Component
final class CypherConsole {

    /** Distinct console queries whose verdict is remembered; a console user repeats a handful. */
    private static final int VERDICTS = 512;

    private final Driver driver;
    private final ExplorerProperties.Cypher limits;

    /**
     * Neo4j cannot stop one long expression ({@code reduce} over a huge range) at the timeout; it runs to its
     * end. Bounding how many console queries run at once bounds the CPU such queries can take.
     */
    private final Semaphore running;

    private final ReadOnlyVerdicts verdicts = new ReadOnlyVerdicts(VERDICTS);

    /** Nanoseconds, as {@link System#nanoTime()}; a test hands in its own clock. */
    private final LongSupplier ticker;

    @Autowired
    CypherConsole(Driver driver, ExplorerProperties properties) {
        this(driver, properties, System::nanoTime);
    }

    CypherConsole(Driver driver, ExplorerProperties properties, LongSupplier ticker) {
        this.driver = driver;
        this.limits = properties.cypher();
        this.running = new Semaphore(Math.max(1, limits.maxConcurrent()));
        this.ticker = ticker;
    }

    CypherResult run(String query, Map<String, Object> parameters) {
        if (!running.tryAcquire()) {
            throw new ProblemException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    ProblemTypes.CYPHER_BUSY,
                    "Console busy",
                    "At most " + limits.maxConcurrent() + " console queries run at once; try again shortly.");
        }
        try {
            return runPermitted(query, parameters);
        } finally {
            running.release();
        }
    }

    private CypherResult runPermitted(String query, Map<String, Object> parameters) {
        var config = TransactionConfig.builder().withTimeout(limits.timeout()).build();
        var sessionConfig =
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        try (var session = driver.session(sessionConfig)) {
            if (!verdicts.accepted(query)) {
                var plan = session.executeRead(
                        tx -> guard(() -> tx.run("EXPLAIN " + query, parameters).consume()), config);
                ReadOnlyPlans.check(plan);
                verdicts.accept(query);
            }
            var started = ticker.getAsLong();
            var result = session.executeRead(tx -> guard(() -> collect(tx.run(query, parameters), started)), config);
            return withinLimit(result, started);
        } catch (ClientException e) {
            throw new CypherRejectedException(message(e));
        }
    }

    /**
     * The server checks its timeout between rows only, so one long expression can finish past it and still
     * hand back rows; the console's limit is the same either way.
     */
    private CypherResult withinLimit(CypherResult result, long started) {
        if (ticker.getAsLong() - started > limits.timeout().toNanos()) {
            throw timedOut();
        }
        return result;
    }

    private CypherResult collect(org.neo4j.driver.Result result, long started) {
        var columns = result.keys();
        var rows = new ArrayList<List<Object>>();
        while (rows.size() < limits.maxRows() && result.hasNext()) {
            rows.add(JsonValues.row(result.next()));
        }
        var truncated = result.hasNext();
        var elapsedMs = (ticker.getAsLong() - started) / 1_000_000;
        return new CypherResult(columns, rows, truncated, elapsedMs);
    }

    /** Transient errors (terminated, timed out) must not be retried by the driver: report them at once. */
    private <T> T guard(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (TransientException e) {
            throw new CypherRejectedException(message(e));
        }
    }

    /** A timed-out query is the server's limit, not the client's mistake: 504 rather than 400. */
    private String message(org.neo4j.driver.exceptions.Neo4jException e) {
        var code = e.code() == null ? "" : e.code();
        if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
            throw timedOut();
        }
        if (code.contains("AccessMode") || code.contains("Forbidden")) {
            return "Only read queries are allowed in the console: " + e.getMessage();
        }
        return e.getMessage();
    }

    private ProblemException timedOut() {
        return new ProblemException(
                HttpStatus.GATEWAY_TIMEOUT,
                ProblemTypes.CYPHER_TIMEOUT,
                "Cypher query timed out",
                "The query ran longer than the limit of " + limits.timeout().toMillis() + " ms and was stopped");
    }
}
