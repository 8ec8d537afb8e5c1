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
 * The application as shipped: it imports the bundled sample notes at start-up. Shared by every class that
 * carries this annotation, so the notes are imported once for all of them; no class may write to the graph.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AutoConfigureTestRestTemplate
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"explorer.page-cache=64MB"})
@ContextConfiguration(initializers = TempDataDir.class)
public @interface BundledNotesContext {}
