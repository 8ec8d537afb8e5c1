package dev.notegraph.importer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** GraphML with typed attribute keys, as Gephi, yEd and Cytoscape read it; lists are joined by " | ". */
final class GraphmlSink implements GraphSink {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String[][] NODE_KEYS = {
        {"conceptId", "string"},
        {"name", "string"},
        {"aliases", "string"},
        {"summary", "string"},
        {"category", "string"},
        {"mentionCount", "long"},
        {"noteCount", "long"},
        {"topic", "string"}
    };
    private static final String[][] EDGE_KEYS = {
        {"type", "string"},
        {"confidence", "double"},
        {"weight", "double"},
        {"methods", "string"},
        {"evidence", "string"}
    };

    private final OutputStream out;
    // GraphML node ids must be XML name tokens, which concept ids (with '~', '+', spaces…) are not.
    private final Map<String, String> nodeIds = new HashMap<>();
    private XMLStreamWriter xml;
    private long edges;

    GraphmlSink(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            keys("node", NODE_KEYS);
            keys("edge", EDGE_KEYS);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "notegraph");
            xml.writeAttribute("edgedefault", "directed");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void concept(ExportedConcept c) throws IOException {
        try {
            xml.writeStartElement("node");
            var nodeId = "n" + nodeIds.size();
            nodeIds.put(c.id(), nodeId);
            xml.writeAttribute("id", nodeId);
            data("conceptId", c.id());
            data("name", c.name());
            data("aliases", String.join(" | ", c.aliases()));
            data("summary", c.summary());
            data("category", c.category());
            data("mentionCount", Long.toString(c.mentionCount()));
            data("noteCount", Long.toString(c.noteCount()));
            data("topic", c.topic());
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void relationsBegin() {
        // Edges follow the nodes in the same <graph>.
    }

    @Override
    public void relation(ExportedRelation r) throws IOException {
        try {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + edges++);
            xml.writeAttribute("source", nodeIds.get(r.source()));
            xml.writeAttribute("target", nodeIds.get(r.target()));
            data("type", r.type());
            data("confidence", Double.toString(r.confidence()));
            data("weight", Double.toString(r.weight()));
            data("methods", String.join(" | ", r.methods()));
            data(
                    "evidence",
                    r.evidence().stream()
                            .map(e -> e.note() + ":" + e.line() + " " + e.text())
                            .collect(Collectors.joining(" | ")));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void end() throws IOException {
        try {
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void keys(String scope, String[][] keys) throws XMLStreamException {
        for (var key : keys) {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", key[0]);
            xml.writeAttribute("for", scope);
            xml.writeAttribute("attr.name", key[0]);
            xml.writeAttribute("attr.type", key[1]);
        }
    }

    private void data(String key, String value) throws XMLStreamException {
        if (value.isEmpty()) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
