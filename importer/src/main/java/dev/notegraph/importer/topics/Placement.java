package dev.notegraph.importer.topics;

/**
 * Where one concept sits among the topics.
 *
 * @param conceptId the concept
 * @param topic the id of its topic (the id of the topic's most central concept), or null when it has none
 * @param centrality the weight of its links inside its topic
 * @param bridge the weight of its links into other topics
 */
record Placement(String conceptId, String topic, double centrality, double bridge) {}
