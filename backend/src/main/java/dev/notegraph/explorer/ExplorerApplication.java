package dev.notegraph.explorer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The notes explorer: REST API over the notes graph, with an embedded Neo4j unless told of a server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ExplorerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExplorerApplication.class, args);
    }
}
