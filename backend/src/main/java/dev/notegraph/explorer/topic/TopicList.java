package dev.notegraph.explorer.topic;

import java.util.List;

/**
 * The largest topics and the links among them: what the topic map draws.
 *
 * @param topics largest first
 * @param links between two of the listed topics, most edges first
 * @param total how many topics there are in all
 */
record TopicList(List<Topic> topics, List<TopicLink> links, long total) {}
