package dev.notegraph.explorer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application on an empty embedded store (no import), shared by every class that carries this annotation:
 * one context and one Neo4j for all of them. Each class loads the fixture graph it needs. The console limits
 * are small so the hostile-query tests reach them quickly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AutoConfigureTestRestTemplate
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "explorer.import-on-start=false",
            "explorer.page-cache=64MB",
            "explorer.cypher.timeout=1500ms",
            "explorer.cypher.max-rows=50",
            "explorer.cypher.max-concurrent=1",
            "explorer.allowed-hosts=Notes.LAN, my-box"
        })
@ContextConfiguration(initializers = TempDataDir.class)
public @interface FixtureContext {}
