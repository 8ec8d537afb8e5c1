package dev.notegraph.explorer.cypher;

import java.util.List;

/**
 * Queries the console must refuse, whoever sends them (the console, an MCP client): writes, schema and admin
 * commands, procedures that reach files or URLs (LOAD CSV, APOC), and spellings that hide a write.
 */
public final class HostileQueries {

    public static final List<String> WRITES = List.of(
            "CREATE (:Concept {id: 'x'})",
            "MERGE (c:Concept {id: 'gil'}) ON MATCH SET c.name = 'changed'",
            "MATCH (c:Concept {id: 'gil'}) SET c.name = 'changed'",
            "MATCH (c:Concept {id: 'gil'}) SET c:Hacked",
            "MATCH (c:Concept {id: 'gil'}) REMOVE c.summary",
            "MATCH (c:Concept {id: 'gil'}) REMOVE c:Concept",
            "MATCH ()-[r:RELATED_TO]-() DELETE r",
            "MATCH (n) DETACH DELETE n",
            "CALL db.stats.collect('QUERIES')",
            "CALL db.stats.stop('QUERIES')",
            "CALL db.resampleOutdatedIndexes()",
            "CALL db.prepareForReplanning()",
            "CALL dbms.components()",
            "CALL db.awaitIndexes(1)",
            "MATCH (c:Concept) FOREACH (x IN [1] | SET c.name = 'x')",
            "FOREACH (x IN range(1, 3) | CREATE (:Junk))",
            "MATCH (c:Concept) WITH c LIMIT 1 CALL { WITH c SET c.name = 'sub' } RETURN 1",
            "CALL { CREATE (:Junk) } IN TRANSACTIONS OF 1 ROWS",
            "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS",
            "CREATE INDEX hacked FOR (c:Concept) ON (c.summary)",
            "DROP INDEX concept_names",
            "CREATE CONSTRAINT hacked FOR (j:Junk) REQUIRE j.id IS UNIQUE",
            "DROP CONSTRAINT concept_id",
            "CREATE FULLTEXT INDEX hacked2 FOR (n:Note) ON EACH [n.title]",
            "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
            "LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row",
            "LOAD CSV WITH HEADERS FROM 'file:///etc/hostname' AS row CREATE (:Junk {v: row})",
            "USE system SHOW USERS",
            "SHOW USERS",
            "CREATE USER mallory SET PASSWORD 'secret123' CHANGE NOT REQUIRED",
            "ALTER USER neo4j SET PASSWORD 'pwned-pass'",
            "GRANT ROLE admin TO mallory",
            "CREATE DATABASE evil",
            "STOP DATABASE neo4j",
            "DROP DATABASE neo4j",
            "USE system MATCH (n) RETURN n",
            "SHOW SETTINGS",
            "SHOW TRANSACTIONS",
            "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
            "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
            "CALL dbms.killQueries(['query-1'])",
            "CALL dbms.killTransaction('neo4j-transaction-1')",
            "CALL dbms.security.createUser('mallory', 'secret123', false)",
            "CALL dbms.security.changePassword('pwned-pass')",
            "CALL dbms.listConfig()",
            "CALL dbms.showCurrentUser()",
            "CALL db.createLabel('Hacked')",
            "CALL db.createProperty('hacked')",
            "CALL db.createRelationshipType('HACKED')",
            "CALL db.index.fulltext.drop('concept_names')",
            "CALL db.clearQueryCaches()",
            "CALL db.checkpoint()",
            "CALL db.stats.clear('QUERIES')",
            "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
            "RETURN apoc.version()",
            "CALL apoc.cypher.runWrite('CREATE (:Junk)', {})",
            "MATCH (n) /* harmless */ DELETE n",
            "MATCH (n) RETURN n // comment\nCREATE ()",
            "// only a comment\nCREATE ()",
            "MATCH (n) RETURN n; CREATE ()",
            "MATCH (n) RETURN n LIMIT 1;\nMATCH (n) DETACH DELETE n",
            "\u0043REATE ()",
            "\u0421REATE ()", // Cyrillic Es for C
            "ＣＲＥＡＴＥ ()", // full-width letters
            "MATCH (n) RETURN n\u037e CREATE ()", // Greek question mark looks like ';'
            "RETURN 1\u2028CREATE ()",
            "EXPLAIN CREATE (:Junk)",
            "PROFILE CREATE (:Junk)",
            "PROFILE MATCH (n) DETACH DELETE n",
            "CYPHER runtime=slotted CREATE (:Junk)",
            "CYPHER runtime=interpreted MATCH (n) DETACH DELETE n",
            "CYPHER 5 MERGE (:Junk)",
            "MATCH (n) RETURN n UNION MATCH (m) DETACH DELETE m RETURN m AS n");

    private HostileQueries() {}
}
