package dev.notegraph.explorer.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.notegraph.explorer.config.ExplorerProperties;
import dev.notegraph.explorer.problem.ProblemException;
import dev.notegraph.explorer.problem.ProblemTypes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.HttpStatus;

/**
 * The console's own limits, on a fake clock and a driver whose query finishes when the test says so: nothing
 * here depends on how fast the machine computes. {@link HostileCypherIT} runs the same limits against a
 * real Neo4j.
 */
class CypherConsoleTests {

    private static final Duration LIMIT = Duration.ofMillis(1500);

    private final AtomicLong now = new AtomicLong();
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);

    @Test
    void shouldAnswerTheTimeoutProblemForAResultThatArrivesAfterTheLimit() {
        var console = console(() -> now.addAndGet(LIMIT.toNanos() + 1));

        assertThatThrownBy(() -> console.run("RETURN 1 AS one", Map.of()))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().getStatus()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT.value());
                    assertThat(e.problem().getType()).isEqualTo(ProblemTypes.CYPHER_TIMEOUT);
                });
    }

    @Test
    void shouldHandOutAResultThatArrivesWithinTheLimit() {
        var console = console(() -> now.addAndGet(LIMIT.toNanos()));

        assertThat(console.run("RETURN 1 AS one", Map.of()).columns()).containsExactly("one");
    }

    @Test
    void shouldRefuseQueriesBeyondTheConcurrencyBoundWhileOneRuns() throws Exception {
        var console = console(() -> {
            running.countDown();
            await(finish);
        });
        var slow = CompletableFuture.supplyAsync(() -> console.run("RETURN 1 AS one", Map.of()));
        await(running);

        assertThatThrownBy(() -> console.run("RETURN 2 AS two", Map.of()))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().getType()).isEqualTo(ProblemTypes.CYPHER_BUSY));

        finish.countDown();
        assertThat(slow.get(1, TimeUnit.MINUTES).columns()).containsExactly("one");
        assertThat(console.run("RETURN 1 AS one", Map.of()).columns()).containsExactly("one");
    }

    /** A console whose plan check passes and whose query does {@code query}, then answers no rows. */
    @SuppressWarnings("unchecked")
    private CypherConsole console(Runnable query) {
        var plan = mock(ResultSummary.class);
        when(plan.queryType()).thenReturn(QueryType.READ_ONLY);
        var explained = mock(Result.class);
        when(explained.consume()).thenReturn(plan);
        var answered = mock(Result.class);
        when(answered.keys()).thenReturn(List.of("one"));
        var tx = mock(TransactionContext.class);
        when(tx.run(anyString(), anyMap())).thenAnswer(call -> {
            if (call.<String>getArgument(0).startsWith("EXPLAIN ")) {
                return explained;
            }
            query.run();
            return answered;
        });
        var session = mock(Session.class);
        when(session.executeRead(any(TransactionCallback.class), any(TransactionConfig.class)))
                .thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0).execute(tx));
        var driver = mock(Driver.class);
        when(driver.session(any(SessionConfig.class))).thenReturn(session);
        return new CypherConsole(driver, properties(), now::get);
    }

    private static ExplorerProperties properties() {
        return new Binder(new MapConfigurationPropertySource(Map.of(
                        "explorer.cypher.timeout", LIMIT.toMillis() + "ms", "explorer.cypher.max-concurrent", "1")))
                .bindOrCreate("explorer", ExplorerProperties.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
