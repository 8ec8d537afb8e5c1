package dev.notegraph.explorer.cypher;

import dev.notegraph.explorer.config.ExplorerProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells the console page the configured limits instead of letting it guess. */
@RestController
final class ConsoleLimitsController {

    private final ConsoleLimits limits;

    ConsoleLimitsController(ExplorerProperties properties) {
        var cypher = properties.cypher();
        this.limits = new ConsoleLimits(true, cypher.timeout().toMillis() / 1000.0, cypher.maxRows());
    }

    @GetMapping("/api/cypher-limits")
    ConsoleLimits limits() {
        return limits;
    }
}
