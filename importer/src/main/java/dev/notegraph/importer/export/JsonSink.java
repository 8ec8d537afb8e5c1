package dev.notegraph.importer.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Node-link JSON, {@code {"nodes": [...], "links": [...]}}, as d3, NetworkX and graphology read it. */
final class JsonSink implements GraphSink {

    private final OutputStream out;
    private JsonGenerator json;

    JsonSink(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeArrayFieldStart("nodes");
    }

    @Override
    public void concept(ExportedConcept c) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", c.id());
        json.writeStringField("name", c.name());
        strings("aliases", c.aliases());
        json.writeStringField("summary", c.summary());
        json.writeStringField("summaryNote", c.summaryNote());
        json.writeNumberField("summaryLine", c.summaryLine());
        json.writeStringField("category", c.category());
        json.writeNumberField("mentionCount", c.mentionCount());
        json.writeNumberField("noteCount", c.noteCount());
        json.writeStringField("topic", c.topic());
        json.writeEndObject();
    }

    @Override
    public void relationsBegin() throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("links");
    }

    @Override
    public void relation(ExportedRelation r) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", r.source());
        json.writeStringField("target", r.target());
        json.writeStringField("type", r.type());
        json.writeNumberField("confidence", r.confidence());
        json.writeNumberField("weight", r.weight());
        strings("methods", r.methods());
        json.writeArrayFieldStart("evidence");
        for (var e : r.evidence()) {
            json.writeStartObject();
            json.writeStringField("note", e.note());
            json.writeNumberField("line", e.line());
            json.writeStringField("text", e.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    @Override
    public void end() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    private void strings(String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (var value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
