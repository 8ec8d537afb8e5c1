package dev.notegraph.explorer.ui;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.interactions.Actions;

/** Reads what Cytoscape drew on the page (window.cy) and points the real mouse at it. */
final class GraphProbe {

    private final Browser browser;

    GraphProbe(Browser browser) {
        this.browser = browser;
    }

    long nodes() {
        return browser.graphNodes();
    }

    long number(String script, Object... args) {
        return ((Number) browser.js(script, args)).longValue();
    }

    /** Pairs of nodes whose drawn circles intersect. */
    long overlappingNodes() {
        return pairsOverlapping("cy.nodes().map(n => n.boundingBox({includeLabels: false}))");
    }

    /** Pairs of visible labels whose boxes, as Cytoscape measured them, intersect. */
    long overlappingLabels() {
        return pairsOverlapping("cy.nodes().filter(n => !n.hasClass('quiet'))"
                + ".map(n => n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true}))"
                + ".filter(b => b.w > 0)");
    }

    long visibleLabels() {
        return number("return cy.nodes().filter(n => !n.hasClass('quiet')).length;");
    }

    /** The smallest on-screen font size of a visible label, in CSS pixels. */
    double smallestLabelPx() {
        return ((Number) browser.js("return Math.min(...cy.nodes().filter(n => !n.hasClass('quiet'))"
                        + ".map(n => parseFloat(n.style('font-size')) * cy.zoom()));"))
                .doubleValue();
    }

    /** The node with the most drawn edges, other than {@code except}. */
    String busiestNodeExcept(String except) {
        return (String) browser.js(
                "return cy.nodes().filter(n => n.id() !== arguments[0])"
                        + ".sort((a, b) => b.degree() - a.degree())[0].id();",
                except);
    }

    boolean isExpanded(String id) {
        return (Boolean) browser.js("return cy.getElementById(arguments[0]).hasClass('expanded');", id);
    }

    List<String> edgeTypes() {
        @SuppressWarnings("unchecked")
        var types = (List<String>) browser.js("return [...new Set(cy.edges().map(e => e.data('type')))];");
        return types;
    }

    /** A real mouse click where Cytoscape drew the node. */
    void clickNode(String id) {
        at(point("return cy.getElementById(arguments[0]).renderedPosition();", id))
                .click()
                .perform();
    }

    /**
     * Moves the real mouse onto the middle of an edge that has evidence and no node over its midpoint;
     * returns the edge's first evidence note, or null when no edge qualifies.
     */
    String hoverEdgeWithEvidence() {
        var script =
                """
                const clear = (p) => cy.nodes().every(n => {
                  const b = n.renderedBoundingBox({includeLabels: false});
                  return p.x < b.x1 - 4 || p.x > b.x2 + 4 || p.y < b.y1 - 4 || p.y > b.y2 + 4;
                });
                const edge = cy.edges().filter(e => e.data('evidence').length && e.renderedMidpoint()
                  && clear(e.renderedMidpoint()) && e.source().id() !== e.target().id())[0];
                if (!edge) return null;
                const p = edge.renderedMidpoint();
                return {x: p.x, y: p.y, note: edge.data('evidence')[0].note};
                """;
        @SuppressWarnings("unchecked")
        var found = (Map<String, Object>) browser.js(script);
        if (found == null) {
            return null;
        }
        at(found).perform();
        return (String) found.get("note");
    }

    /** "note:line" of the first evidence of the one edge drawn as hovered; null unless exactly one is. */
    String hoveredEdgeEvidence() {
        return (String)
                browser.js(
                        """
                const hovered = cy.edges('.hover');
                if (hovered.length !== 1 || !hovered.data('evidence').length) return null;
                const ev = hovered.data('evidence')[0];
                return ev.note + ':' + ev.line;
                """);
    }

    private Map<String, Number> point(String script, Object... args) {
        @SuppressWarnings("unchecked")
        var at = (Map<String, Number>) browser.js(script, args);
        return at;
    }

    private Actions at(Map<String, ?> point) {
        var box = browser.find("#graph");
        // Centred, so the sticky header cannot sit over what we aim at.
        browser.js("arguments[0].scrollIntoView({block: 'center'});", box);
        var rect = box.getRect();
        var x = ((Number) point.get("x")).doubleValue() - rect.getWidth() / 2.0;
        var y = ((Number) point.get("y")).doubleValue() - rect.getHeight() / 2.0;
        return new Actions(browser.driver).moveToElement(box, (int) x, (int) y);
    }

    private long pairsOverlapping(String boxes) {
        var script = "const boxes = " + boxes + ";"
                + """
                let overlaps = 0;
                for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i], b = boxes[j];
                  if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
                }
                return overlaps;
                """;
        return number(script);
    }
}
