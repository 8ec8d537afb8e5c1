package dev.notegraph.importer.write;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.PropertySizeCalculator;
import org.neo4j.batchimport.api.input.ReadableGroups;

/**
 * A {@link BulkGraph} as the batch importer's input: node ids are the positions in the node list (actual store
 * ids, so no id mapping), handed out in chunks to the importer's worker threads.
 */
final class BulkInput implements Input {

    private static final int CHUNK = 1_000;
    // Only sizes the importer's caches; a rough per-property figure is enough.
    private static final long BYTES_PER_PROPERTY = 64;

    private final BulkGraph graph;

    BulkInput(BulkGraph graph) {
        this.graph = graph;
    }

    @Override
    public InputIterable nodes(Collector badCollector) {
        var nodes = graph.nodes();
        return () -> new Chunks(nodes.size(), (index, visitor) -> {
            var node = nodes.get(index);
            visitor.id(index);
            visitor.labels(new String[] {node.label()});
            visit(node.properties(), visitor);
        });
    }

    @Override
    public InputIterable relationships(Collector badCollector) {
        var relationships = graph.relationships();
        return () -> new Chunks(relationships.size(), (index, visitor) -> {
            var relationship = relationships.get(index);
            visitor.startId(relationship.start());
            visitor.endId(relationship.end());
            visitor.type(relationship.type());
            visit(relationship.properties(), visitor);
        });
    }

    @Override
    public IdType idType() {
        return IdType.ACTUAL;
    }

    @Override
    public ReadableGroups groups() {
        return ReadableGroups.EMPTY;
    }

    @Override
    public Estimates validateAndEstimate(PropertySizeCalculator valueSizeCalculator) {
        long nodeProperties =
                count(graph.nodes().stream().map(BulkGraph.Node::properties).toList());
        long relationshipProperties = count(graph.relationships().stream()
                .map(BulkGraph.Relationship::properties)
                .toList());
        return Input.knownEstimates(
                graph.nodes().size(),
                graph.relationships().size(),
                nodeProperties,
                relationshipProperties,
                nodeProperties * BYTES_PER_PROPERTY,
                relationshipProperties * BYTES_PER_PROPERTY,
                graph.nodes().size());
    }

    private static long count(List<Map<String, Object>> properties) {
        return properties.stream().mapToLong(Map::size).sum();
    }

    private static void visit(Map<String, Object> properties, InputEntityVisitor visitor) throws IOException {
        properties.forEach(visitor::property);
        visitor.endOfEntity();
    }

    @FunctionalInterface
    private interface Visit {

        void accept(int index, InputEntityVisitor visitor) throws IOException;
    }

    /** Hands out index ranges; the importer calls {@link #next} from several threads. */
    private static final class Chunks implements InputIterator {

        private final int size;
        private final Visit visit;
        private int next;

        Chunks(int size, Visit visit) {
            this.size = size;
            this.visit = visit;
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk();
        }

        @Override
        public synchronized boolean next(InputChunk chunk) {
            if (next >= size) {
                return false;
            }
            var range = (Chunk) chunk;
            range.at = next;
            range.end = Math.min(size, next + CHUNK);
            next = range.end;
            return true;
        }

        @Override
        public void close() {}

        private final class Chunk implements InputChunk {

            private int at;
            private int end;

            @Override
            public boolean next(InputEntityVisitor visitor) throws IOException {
                if (at >= end) {
                    return false;
                }
                visit.accept(at++, visitor);
                return true;
            }

            @Override
            public void close() {}
        }
    }
}
