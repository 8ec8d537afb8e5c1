package dev.notegraph.importer.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats the whole concept graph can be exported in, with how a download names them. */
public enum ExportFormat {
    /** GraphML, for Gephi, yEd and Cytoscape. */
    GRAPHML("application/graphml+xml", "notegraph.graphml"),
    /** Node-link JSON: {@code {"nodes": [...], "links": [...]}}. */
    JSON("application/json", "notegraph.json"),
    /** A zip of {@code concepts.csv} and {@code relations.csv}. */
    CSV("application/zip", "notegraph-csv.zip"),
    /** A Cypher script that recreates the graph in an empty Neo4j. */
    CYPHER("text/plain;charset=UTF-8", "notegraph.cypher");

    private final String mediaType;
    private final String fileName;

    ExportFormat(String mediaType, String fileName) {
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return fileName;
    }

    /** The format of that name ({@code graphml}, {@code json}, {@code csv}, {@code cypher}), any case. */
    public static Optional<ExportFormat> parse(String name) {
        var wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst();
    }

    /** The names {@link #parse} accepts, for messages. */
    public static String names() {
        return String.join(
                ", ",
                Arrays.stream(values())
                        .map(f -> f.name().toLowerCase(Locale.ROOT))
                        .toList());
    }
}
