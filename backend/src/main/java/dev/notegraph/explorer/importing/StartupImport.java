package dev.notegraph.explorer.importing;

import dev.notegraph.explorer.config.ExplorerProperties;
import org.neo4j.driver.Driver;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * After start-up, in a background thread so the API answers at once: brings the schema up to date, then
 * imports the notes folder. The importer itself skips notes that did not change.
 */
@Component
final class StartupImport implements ApplicationRunner {

    private final Driver driver;
    private final ExplorerProperties properties;
    private final ImportRunner runner;
    private final ImportState state;

    StartupImport(Driver driver, ExplorerProperties properties, ImportRunner runner, ImportState state) {
        this.driver = driver;
        this.properties = properties;
        this.runner = runner;
        this.state = state;
    }

    @Override
    public void run(ApplicationArguments args) {
        var thread = new Thread(this::prepare, "notes-startup");
        thread.setDaemon(true);
        thread.start();
    }

    /** Schema first (queries rely on its indexes), then the import; stats say "importing" until both end. */
    private void prepare() {
        state.started();
        if (!SchemaPreparation.apply(driver)) {
            state.failed("the graph database could not be reached");
            return;
        }
        if (!properties.importOnStart()) {
            state.idle();
            return;
        }
        // An import a request started meanwhile reads the same folder: the start-up one is then not needed.
        runner.runNow("start-up");
    }
}
