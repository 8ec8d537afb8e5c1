package dev.notegraph.explorer.importing;

import dev.notegraph.importer.ImportSummary;
import dev.notegraph.importer.corrections.CorrectionsReport;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What other features may ask of the imports: one started soon, and what the last one made of the corrections. */
@Component
public final class ImportRequests {

    private final ImportRunner runner;
    private final ImportState state;

    ImportRequests(ImportRunner runner, ImportState state) {
        this.runner = runner;
        this.state = state;
    }

    /** Imports now, or right after the running import: a correction must not wait for the next note change. */
    public Optional<String> importSoon(String trigger) {
        return runner.startSoon(trigger);
    }

    /** The corrections report of the last import that finished, if one has since start-up. */
    public Optional<CorrectionsReport> lastCorrections() {
        return state.snapshot().summary().map(ImportSummary::corrections);
    }
}
