package dev.notegraph.importer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Node-link JSON, {@code {"nodes": [...], "links": [...]}}, as d3, NetworkX and graphology read it. */
final class JsonSink implements GraphSink {

    private final OutputStream out;
    private JsonGenerator json;

    JsonSink(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeArrayPropertyStart("nodes");
    }

    @Override
    public void concept(ExportedConcept c) throws IOException {
        json.writeStartObject();
        json.writeStringProperty("id", c.id());
        json.writeStringProperty("name", c.name());
        strings("aliases", c.aliases());
        json.writeStringProperty("summary", c.summary());
        json.writeStringProperty("summaryNote", c.summaryNote());
        json.writeNumberProperty("summaryLine", c.summaryLine());
        json.writeStringProperty("category", c.category());
        json.writeNumberProperty("mentionCount", c.mentionCount());
        json.writeNumberProperty("noteCount", c.noteCount());
        json.writeStringProperty("topic", c.topic());
        json.writeEndObject();
    }

    @Override
    public void relationsBegin() throws IOException {
        json.writeEndArray();
        json.writeArrayPropertyStart("links");
    }

    @Override
    public void relation(ExportedRelation r) throws IOException {
        json.writeStartObject();
        json.writeStringProperty("source", r.source());
        json.writeStringProperty("target", r.target());
        json.writeStringProperty("type", r.type());
        json.writeNumberProperty("confidence", r.confidence());
        json.writeNumberProperty("weight", r.weight());
        strings("methods", r.methods());
        json.writeArrayPropertyStart("evidence");
        for (var e : r.evidence()) {
            json.writeStartObject();
            json.writeStringProperty("note", e.note());
            json.writeNumberProperty("line", e.line());
            json.writeStringProperty("text", e.text());
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
        json.writeArrayPropertyStart(field);
        for (var value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
