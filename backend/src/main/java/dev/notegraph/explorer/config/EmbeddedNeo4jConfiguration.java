package dev.notegraph.explorer.config;

import dev.notegraph.schema.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.neo4j.uri}, runs Neo4j in-process and offers a {@link Driver} on its Bolt port; Spring
 * Boot's own Neo4j auto-configuration backs off because a Driver bean exists. The driver is closed before the
 * server because it depends on it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoNeo4jUriCondition.class)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(ExplorerProperties properties) {
        var store = properties.dataDir().resolve("neo4j");
        var server = EmbeddedNeo4j.start(
                store, properties.embeddedBoltPort(), properties.pageCache().toBytes());
        log.info("Embedded Neo4j started at {} with its store in {}", server.boltUri(), store.toAbsolutePath());
        return server;
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(EmbeddedNeo4j server) {
        return GraphDatabase.driver(server.boltUri(), AuthTokens.none());
    }
}
