package dev.notegraph.explorer.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code spring.neo4j.uri} is not set at all: then the explorer embeds its own Neo4j. */
final class NoNeo4jUriCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var uri = context.getEnvironment().getProperty("spring.neo4j.uri");
        return uri == null || uri.isBlank();
    }
}
