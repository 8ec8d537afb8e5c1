package dev.notegraph.importer.write;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Session;

/** Splits rows into UNWIND batches, so no single statement holds the whole corpus in memory. */
public final class Batches {

    public static final int SIZE = 2000;

    private Batches() {}

    public static <T> void forEach(List<T> rows, Consumer<List<T>> batch) {
        for (var from = 0; from < rows.size(); from += SIZE) {
            batch.accept(rows.subList(from, Math.min(rows.size(), from + SIZE)));
        }
    }

    /** Runs an {@code UNWIND $rows} statement over the rows, one write transaction per batch. */
    public static void write(Session session, String cypher, List<? extends Map<String, ?>> rows) {
        forEach(
                rows,
                batch -> session.executeWriteWithoutResult(
                        tx -> tx.run(cypher, Map.of("rows", batch)).consume()));
    }
}
