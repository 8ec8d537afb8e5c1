package dev.notegraph.explorer.cypher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query texts whose plan {@link ReadOnlyPlans} already accepted, least recently used dropped first. Whether a
 * plan reads only depends on the text alone (parameters cannot name a procedure or turn a read into a write),
 * so a repeated query skips its EXPLAIN round trip; the READ transaction still guards every run.
 */
final class ReadOnlyVerdicts {

    private final Map<String, Boolean> accepted;

    ReadOnlyVerdicts(int capacity) {
        this.accepted = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean accepted(String query) {
        return accepted.get(query) != null;
    }

    synchronized void accept(String query) {
        accepted.put(query, Boolean.TRUE);
    }

    synchronized int size() {
        return accepted.size();
    }
}
