package dev.notegraph.explorer.cypher;

/** The Cypher console's limits, so the page states the real ones. */
record ConsoleLimits(boolean readOnly, double timeoutSeconds, int maxRows) {}
