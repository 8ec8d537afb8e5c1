package dev.notegraph.explorer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notegraph.explorer.ExplorerApplication;
import dev.notegraph.schema.EmbeddedNeo4j;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The embedded Neo4j begun before the context: handed over, shut down with it, or left out with a URI. */
class EarlyStartTests {

    @TempDir
    Path dataDir;

    @Test
    void shouldShutAnUnclaimedServerDownWhenTheContextFails() {
        var app = new SpringApplicationBuilder(ExplorerApplication.class, FailingBeforeAnyBean.class);

        assertThatThrownBy(() -> app.run(args())).hasMessageContaining("refused on purpose");

        // The store lock is released only by a shut-down server: a second start on the store proves it.
        try (var again = EmbeddedNeo4j.start(dataDir.resolve("neo4j"))) {
            assertThat(again.boltUri()).isNotNull();
        }
    }

    @Test
    void shouldHandTheEarlyServerToTheContextAndShutItDownWithTheContext() {
        try (var context = new SpringApplicationBuilder(ExplorerApplication.class).run(args())) {
            assertThat(context.getBeanProvider(EarlyStart.class).getIfAvailable())
                    .isNotNull();
            context.getBean(Driver.class).verifyConnectivity();
            assertThat(context.getBean(EmbeddedNeo4j.class).boltUri())
                    .isEqualTo(context.getBean(EarlyStart.class).claimServer().boltUri());
        }
        try (var again = EmbeddedNeo4j.start(dataDir.resolve("neo4j"))) {
            assertThat(again.boltUri()).isNotNull();
        }
    }

    @Test
    void shouldStartNothingEarlyWhenAServerUriIsSet() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var withUri = new String[] {
            args()[0], args()[1], args()[2], "--spring.neo4j.uri=bolt://127.0.0.1:" + port,
        };
        try (var context = new SpringApplicationBuilder(ExplorerApplication.class).run(withUri)) {
            assertThat(context.getBeanProvider(EarlyStart.class).getIfAvailable())
                    .isNull();
            assertThat(Files.exists(dataDir.resolve("neo4j"))).isFalse();
        }
    }

    private String[] args() {
        return new String[] {"--explorer.data-dir=" + dataDir, "--explorer.import-on-start=false", "--server.port=0"};
    }

    /** A plain class (no annotation, so no scan finds it) that fails the refresh before any bean exists. */
    static final class FailingBeforeAnyBean implements BeanFactoryPostProcessor {

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            throw new IllegalStateException("refused on purpose");
        }
    }
}
