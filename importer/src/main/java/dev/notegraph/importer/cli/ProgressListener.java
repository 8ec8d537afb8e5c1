package dev.notegraph.importer.cli;

import dev.notegraph.importer.ImportListener;
import dev.notegraph.importer.ImportSummary;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows the import on a text progress bar: the stage as its message, one step per note written. */
final class ProgressListener implements ImportListener, AutoCloseable {

    private static final int WIDTH = 100;

    private final ProgressBar bar;

    ProgressListener(PrintStream err) {
        // A fixed width keeps the bar from probing the terminal, which fails when stderr is not one.
        this.bar = new ProgressBarBuilder()
                .setTaskName("Import")
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err, WIDTH))
                .setUpdateIntervalMillis(200)
                .build();
    }

    @Override
    public void stage(String name) {
        bar.setExtraMessage(name);
    }

    @Override
    public void started(int total) {
        bar.maxHint(total);
    }

    @Override
    public void written(String path) {
        bar.step();
    }

    @Override
    public void finished(ImportSummary summary) {
        bar.setExtraMessage(summary.skipped() ? "nothing changed" : "done");
    }

    @Override
    public void close() {
        bar.close();
    }
}
