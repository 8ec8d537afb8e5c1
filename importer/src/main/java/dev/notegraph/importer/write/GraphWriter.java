package dev.notegraph.importer.write;

import dev.notegraph.importer.corrections.CorrectionsReport.Unresolved;
import dev.notegraph.importer.model.BrokenCycle;
import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.NoteGraph;
import dev.notegraph.schema.ConceptRelation;
import dev.notegraph.schema.Sha256;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Stores a {@link dev.notegraph.importer.model.KnowledgeGraph} in Neo4j: the notes' facts, a group of whole
 * notes per transaction, then the concept layer in batches. Writing the same facts twice leaves the graph as it was.
 */
public final class GraphWriter {

    // Big enough that commits are few, small enough that one transaction stays a few megabytes.
    static final int GROUP_ROWS = 10_000;

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final int groupRows;

    public GraphWriter(Driver driver) {
        this(driver, SessionConfig.defaultConfig());
    }

    public GraphWriter(Driver driver, SessionConfig sessionConfig) {
        this(driver, sessionConfig, GROUP_ROWS);
    }

    GraphWriter(Driver driver, SessionConfig sessionConfig, int groupRows) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
        this.groupRows = groupRows;
    }

    /** Replaces the note's sections and mentions; concepts it mentions get at least their id. */
    public void writeNote(NoteGraph note, Instant importedAt) {
        writeNotes(List.of(NoteFacts.of(note)), importedAt, written -> {});
    }

    /**
     * Replaces the notes' sections and mentions, several small notes per transaction (about {@value
     * #GROUP_ROWS} sections and mentions each), and tells {@code written} of every note once it is committed.
     */
    public void writeNotes(List<NoteFacts> notes, Instant importedAt, Consumer<NoteGraph> written) {
        var lock = new Object();
        ParallelWrites.forEach(NoteGroups.of(notes, groupRows), group -> {
            writeGroup(group, importedAt);
            // The listener sees one call at a time, whichever thread wrote the group.
            synchronized (lock) {
                group.forEach(facts -> written.accept(facts.note()));
            }
        });
    }

    private void writeGroup(List<NoteFacts> group, Instant importedAt) {
        try (var session = driver.session(sessionConfig)) {
            session.executeWriteWithoutResult(tx -> NoteFactsWriter.write(tx, group, importedAt));
        } catch (Neo4jException e) {
            if (group.size() == 1) {
                throw e;
            }
            // Too big for the server's transaction memory, or one note the server refuses: one note per
            // transaction then, as before grouping, so only a note that cannot be stored alone fails.
            group.forEach(note -> writeGroup(List.of(note), importedAt));
        }
    }

    /** Sets concept properties and replaces terms and typed relations; drops concepts nothing mentions. */
    public void writeConcepts(List<ConceptNode> concepts, List<ConceptEdge> edges) {
        writeConcepts(concepts, edges, Map.of());
    }

    /**
     * Like {@link #writeConcepts(List, List)}; each concept also stores, as {@code notPrerequisites}, the ids the
     * learner says are no prerequisite of it.
     */
    public void writeConcepts(
            List<ConceptNode> concepts, List<ConceptEdge> edges, Map<String, List<String>> notPrerequisites) {
        new ConceptLayerWriter(driver, sessionConfig).write(concepts, edges, notPrerequisites);
    }

    /** The corrections the stored graph was written with, if any: their digest and what applying them gave. */
    public Optional<AppliedCorrections> appliedCorrections() {
        var cypher =
                """
                MATCH (c:Corrections {key: 'applied'})
                RETURN c.digest AS digest, coalesce(c.applied, 0) AS applied,
                       coalesce(c.unresolvedIds, []) AS ids, coalesce(c.unresolvedKinds, []) AS kinds,
                       coalesce(c.unresolvedMissing, []) AS missing
                """;
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run(cypher).stream().findFirst().map(GraphWriter::toApplied));
        }
    }

    /** Records which corrections the graph was just written with; none leaves no trace. */
    public void recordCorrections(AppliedCorrections applied) {
        var delete = "MATCH (c:Corrections {key: 'applied'}) DELETE c";
        var create =
                """
                CREATE (:Corrections {key: 'applied', digest: $digest, applied: $applied, unresolvedIds: $ids,
                                      unresolvedKinds: $kinds, unresolvedMissing: $missing})
                """;
        var parameters = Map.<String, Object>of(
                "digest", applied.digest(),
                "applied", applied.applied(),
                "ids", applied.unresolved().stream().map(Unresolved::id).toList(),
                "kinds", applied.unresolved().stream().map(Unresolved::kind).toList(),
                "missing",
                        applied.unresolved().stream()
                                .map(u -> String.join("\n", u.missing()))
                                .toList());
        try (var session = driver.session(sessionConfig)) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(delete).consume();
                if (!applied.digest().isEmpty()) {
                    tx.run(create, parameters).consume();
                }
            });
        }
    }

    private static AppliedCorrections toApplied(Record r) {
        var ids = r.get("ids").asList(Value::asString);
        var kinds = r.get("kinds").asList(Value::asString);
        var missing = r.get("missing").asList(Value::asString);
        var unresolved = new java.util.ArrayList<Unresolved>();
        for (int i = 0; i < ids.size() && i < kinds.size() && i < missing.size(); i++) {
            unresolved.add(new Unresolved(
                    ids.get(i), kinds.get(i), List.of(missing.get(i).split("\n"))));
        }
        return new AppliedCorrections(
                r.get("digest").asString(""), r.get("applied").asInt(), unresolved);
    }

    /** Replaces the record of the prerequisite cycles broken; run after {@link #writeConcepts}, which it links. */
    public void writeBrokenCycles(List<BrokenCycle> cycles) {
        try (var session = driver.session(sessionConfig)) {
            BrokenCycleWriter.write(session, cycles);
        }
    }

    /** Deletes these notes with their sections and mentions; run {@link #writeConcepts} after to sweep. */
    public void deleteNotes(Collection<String> paths) {
        var cypher =
                """
                UNWIND $paths AS path
                MATCH (n:Note {path: path})
                OPTIONAL MATCH (s:Section {noteId: n.id})
                DETACH DELETE s, n
                """;
        try (var session = driver.session(sessionConfig)) {
            Batches.forEach(
                    List.copyOf(paths),
                    batch -> session.executeWriteWithoutResult(
                            tx -> tx.run(cypher, Map.of("paths", batch)).consume()));
        }
    }

    /** Every stored note, sorted by path. */
    public List<StoredNote> storedNotes() {
        var cypher =
                """
                MATCH (n:Note)
                RETURN n.path AS path, n.sha256 AS sha256, coalesce(n.factsHash, '') AS factsHash
                ORDER BY path
                """;
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run(cypher).list(GraphWriter::toStoredNote));
        }
    }

    /** The concepts and typed relations now stored, to tell what an import changed. */
    public ConceptLayer conceptLayer() {
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(ConceptLayerReader::read);
        }
    }

    /** Whether a concept lacks its name: an import wrote note facts but not the concept layer. */
    public boolean unfinished() {
        var cypher = "RETURN EXISTS { MATCH (c:Concept) WHERE c.name IS NULL } AS unfinished";
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(
                    tx -> tx.run(cypher).single().get("unfinished").asBoolean());
        }
    }

    /** Node and relation counts, as the backend's statistics show them. */
    public GraphCounts counts() {
        var cypher =
                """
                CALL { MATCH (n:Note) RETURN count(n) AS notes }
                CALL { MATCH (s:Section) RETURN count(s) AS sections }
                CALL { MATCH (c:Concept) RETURN count(c) AS concepts }
                CALL { MATCH (:Concept)-[r]->(:Concept) WHERE type(r) IN $types RETURN count(r) AS relations }
                RETURN notes, sections, concepts, relations
                """;
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> toCounts(
                    tx.run(cypher, Map.of("types", ConceptRelation.names())).single()));
        }
    }

    /**
     * A digest of everything written for a note, so a note whose file did not change is still rewritten when
     * the analysis of the other notes moved its mentions (for example to a merged concept id).
     */
    public static String factsHash(NoteGraph note) {
        return Sha256.hex(note.toString());
    }

    private static StoredNote toStoredNote(Record r) {
        return new StoredNote(
                r.get("path").asString(),
                r.get("sha256").asString(""),
                r.get("factsHash").asString());
    }

    private static GraphCounts toCounts(Record r) {
        return new GraphCounts(
                r.get("notes").asLong(),
                r.get("sections").asLong(),
                r.get("concepts").asLong(),
                r.get("relations").asLong());
    }
}
