package dev.notegraph.explorer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import dev.notegraph.importer.ImportDiff;
import dev.notegraph.importer.ImportSummary;
import dev.notegraph.importer.corrections.CorrectionsReport;
import dev.notegraph.importer.topics.TopicSummary;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One import at a time: a second one is refused while the first runs, and each ends up in the history. */
class ImportRunnerTests {

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ImportHistory history = mock(ImportHistory.class);
    private final ImportRunner runner = new ImportRunner(this::blockingImport, history, new ImportState());

    @AfterEach
    void stop() {
        release.countDown();
        runner.destroy();
    }

    @Test
    void shouldRefuseASecondImportWhileOneRunsAndAcceptOneAfter() throws Exception {
        var first = runner.start("request");
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(runner.start("request")).isEmpty();
        assertThat(runner.runNow("start-up")).isFalse();

        release.countDown();
        verify(history, timeout(30_000)).add(argThat(r -> r.id().equals(first.orElseThrow())));
        assertThat(awaitIdle()).isTrue();
        assertThat(runner.runNow("watch")).isTrue();
        verify(history).add(argThat(r -> r.trigger().equals("watch")));
    }

    @Test
    void shouldRunAnImportAskedForSoonRightAfterTheRunningOne() throws Exception {
        var first = runner.start("watch");
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(runner.startSoon("request")).as("queued, not started").isEmpty();

        release.countDown();
        verify(history, timeout(30_000)).add(argThat(r -> r.id().equals(first.orElseThrow())));
        verify(history, timeout(30_000)).add(argThat(r -> r.trigger().equals("request")));
    }

    @Test
    void shouldRecordAFailedImportWithItsReason() {
        var failing = new ImportRunner(
                () -> {
                    throw new IllegalStateException("cannot read the notes folder /gone");
                },
                history,
                new ImportState());

        assertThat(failing.runNow("request")).isTrue();

        verify(history)
                .add(argThat(r -> r.error().orElse("").contains("/gone")
                        && r.notes().added().isEmpty()));
        assertThat(failing.running()).isFalse();
        failing.destroy();
    }

    private ImportSummary blockingImport() {
        entered.countDown();
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var diff = new ImportDiff(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0);
        var timings =
                new ImportSummary.Timings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        return new ImportSummary(
                5,
                0,
                5,
                0,
                0,
                true,
                List.of(),
                1,
                1,
                List.of(),
                TopicSummary.none(),
                timings,
                diff,
                CorrectionsReport.none());
    }

    private boolean awaitIdle() throws InterruptedException {
        for (var i = 0; i < 300 && runner.running(); i++) {
            Thread.sleep(100);
        }
        return !runner.running();
    }
}
