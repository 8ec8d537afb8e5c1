package dev.notegraph.explorer.topic;

/**
 * Two topics that concepts link across, {@code source < target}.
 *
 * @param edges how many relations join a concept of one to a concept of the other
 */
record TopicLink(String source, String target, long edges) {}
