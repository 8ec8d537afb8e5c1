package dev.notegraph.importer.eval;

/**
 * How one extraction method's edges of one type fare against the gold pairs of that type. The gold labels are a
 * sample, not every true pair, so {@link #precision()} is a lower bound: an edge between two labelled concepts
 * that no pair names counts against it.
 *
 * @param type the relation type
 * @param method the method's name, as stored in the edge's {@code methods}
 * @param edges how many edges of this type the method found (alone or with others)
 * @param judged edges whose two ends are both labelled concepts
 * @param hits gold pairs the method found, in the gold direction for prerequisites
 * @param reversed gold prerequisite pairs the method found the wrong way round
 * @param pairs gold pairs of this type
 */
public record MethodFigures(String type, String method, int edges, int judged, int hits, int reversed, int pairs) {

    /** Share of the gold pairs the method finds. */
    public double recall() {
        return Scorer.ratio(hits, pairs);
    }

    /** Hits over the edges between labelled concepts: a lower bound on precision. */
    public double precision() {
        return Scorer.ratio(hits, judged);
    }

    /** For prerequisites: of the gold pairs the method connects, the share it orders as the gold does. */
    public double direction() {
        return Scorer.ratio(hits, hits + reversed);
    }
}
