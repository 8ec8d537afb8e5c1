package dev.notegraph.importer.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A zip of {@code concepts.csv} and {@code relations.csv} (RFC 4180, UTF-8, lists joined by " | "). */
final class CsvSink implements GraphSink {

    private final ZipOutputStream zip;
    private final BufferedWriter text;

    CsvSink(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
    }

    @Override
    public void begin() throws IOException {
        zip.putNextEntry(new ZipEntry("concepts.csv"));
        row("id", "name", "aliases", "summary", "category", "mentionCount", "noteCount", "topic");
    }

    @Override
    public void concept(ExportedConcept c) throws IOException {
        row(
                c.id(),
                c.name(),
                joined(c.aliases()),
                c.summary(),
                c.category(),
                Long.toString(c.mentionCount()),
                Long.toString(c.noteCount()),
                c.topic());
    }

    @Override
    public void relationsBegin() throws IOException {
        text.flush();
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("relations.csv"));
        row("source", "target", "type", "confidence", "weight", "methods", "evidence");
    }

    @Override
    public void relation(ExportedRelation r) throws IOException {
        var evidence = r.evidence().stream()
                .map(e -> e.note() + ":" + e.line() + " " + e.text())
                .toList();
        row(
                r.source(),
                r.target(),
                r.type(),
                Double.toString(r.confidence()),
                Double.toString(r.weight()),
                joined(r.methods()),
                joined(evidence));
    }

    @Override
    public void end() throws IOException {
        text.flush();
        zip.closeEntry();
        // Finishes the archive without closing the caller's stream.
        zip.finish();
        zip.flush();
    }

    private void row(String... fields) throws IOException {
        text.write(Stream.of(fields).map(CsvSink::field).collect(Collectors.joining(",")));
        text.write("\r\n");
    }

    private static String joined(List<String> values) {
        return String.join(" | ", values);
    }

    /** A field quoted when it holds a comma, quote or line break, quotes doubled (RFC 4180). */
    private static String field(String value) {
        if (value.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r')) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
