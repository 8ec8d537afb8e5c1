package dev.notegraph.explorer.related;

import dev.notegraph.explorer.concept.EdgeView;
import dev.notegraph.schema.ConceptRelation;

/** Human sentences for why two concepts are related, one per edge, citing its strongest evidence. */
final class Reasons {

    private Reasons() {}

    /** The sentence for an edge seen from {@code from} ({@code fromName}) towards {@code toName}. */
    static String of(EdgeView edge, String from, String fromName, String toName) {
        var outgoing = edge.source().equals(from);
        var type = ConceptRelation.parse(edge.type()).orElse(ConceptRelation.RELATED_TO);
        var sentence =
                switch (type) {
                    case CONTRASTS_WITH -> fromName + " and " + toName + " are compared directly";
                    case RELATED_TO -> fromName + " and " + toName + " are discussed together";
                    case PREREQUISITE_OF ->
                        outgoing
                                ? fromName + " is a prerequisite of " + toName
                                : toName + " is a prerequisite of " + fromName;
                    case SUBTOPIC_OF ->
                        outgoing ? fromName + " is part of " + toName : toName + " is part of " + fromName;
                    case IS_A -> outgoing ? fromName + " is a kind of " + toName : toName + " is a kind of " + fromName;
                    case USES -> outgoing ? fromName + " uses " + toName : toName + " uses " + fromName;
                    case SOLVES -> outgoing ? fromName + " solves " + toName : toName + " solves " + fromName;
                };
        return sentence + where(edge);
    }

    private static String where(EdgeView edge) {
        if (edge.evidence().isEmpty()) {
            return "";
        }
        var first = edge.evidence().get(0);
        var more = edge.evidence().size() - 1;
        var place = " in note " + first.note() + " line " + first.line();
        return more > 0 ? place + " (and " + more + " more place" + (more > 1 ? "s" : "") + ")" : place;
    }
}
