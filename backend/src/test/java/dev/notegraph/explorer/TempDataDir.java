package dev.notegraph.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A fresh {@code explorer.data-dir} for each application context. An initializer, unlike a per-class
 * {@code @DynamicPropertySource}, is the same for every class that names it, so those classes share one
 * cached context (and one embedded Neo4j).
 */
public final class TempDataDir implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            var dir = Files.createTempDirectory("explorer-test");
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("temp-data-dir", Map.of("explorer.data-dir", dir.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
