package dev.notegraph.importer.topics;

import java.time.Duration;
import java.util.List;

/**
 * What the topic stage found.
 *
 * @param sizes the number of concepts of each topic, largest first
 * @param elapsed reading the concept graph, clustering and writing the topics
 */
public record TopicSummary(List<Integer> sizes, Duration elapsed) {

    /** A summary of a stage that did not run. */
    public static TopicSummary none() {
        return new TopicSummary(List.of(), Duration.ZERO);
    }

    /** The number of topics. */
    public int count() {
        return sizes.size();
    }
}
