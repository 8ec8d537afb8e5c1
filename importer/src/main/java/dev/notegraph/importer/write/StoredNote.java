package dev.notegraph.importer.write;

/**
 * A note as the graph last stored it.
 *
 * @param path relative path
 * @param sha256 hex SHA-256 of the file it was imported from
 * @param factsHash digest of the facts written for it ({@link GraphWriter#factsHash}); empty if unknown
 */
public record StoredNote(String path, String sha256, String factsHash) {}
