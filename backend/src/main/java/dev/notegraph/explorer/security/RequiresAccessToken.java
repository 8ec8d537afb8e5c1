package dev.notegraph.explorer.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller or handler that can run arbitrary queries or change the graph (the Cypher console,
 * imports): it needs the access token whenever one is configured, and always when the server is reachable
 * from other machines. Checked on the resolved handler, so no spelling of the path gets around it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresAccessToken {}
