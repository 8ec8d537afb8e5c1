package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.Evidence;
import dev.notegraph.importer.parse.ParsedNote;
import dev.notegraph.importer.parse.TextBlock;
import dev.notegraph.schema.ConceptRelation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Relations stated in one clause: comparisons (A和B的区别), parts (X包括A、B), and prerequisite cues (B基于A,
 * B是一种A, 由于A…B).
 */
final class SentenceRelations {

    private static final Pattern CLAUSES = Pattern.compile("[。；;！？!?]");
    private static final Pattern CONTRAST = RelationCues.of("contrast");
    private static final Pattern PARTS = RelationCues.of("parts");
    private static final Pattern DEPENDS = RelationCues.of("depends", "cause");
    private static final Pattern CAUSE = RelationCues.of("cause");
    private static final Pattern KIND = RelationCues.of("kind");
    private static final Pattern USES = RelationCues.of("uses");

    private static final Pattern SUBJECTLESS =
            Pattern.compile("\\s*(" + WordList.alternation("definitions.tsv", "subjectless") + ")");

    private final FormTrie trie;
    private final List<ConceptTable.Concept> concepts;
    private final EdgeCollector edges;
    private final TopicScope scope;
    private final DefinitionRelations definitions;
    private final GenitiveRelations genitives;

    SentenceRelations(FormTrie trie, List<ConceptTable.Concept> concepts, EdgeCollector edges) {
        this.trie = trie;
        this.concepts = concepts;
        this.edges = edges;
        this.scope = new TopicScope(concepts);
        this.definitions = new DefinitionRelations(edges, concepts);
        this.genitives = new GenitiveRelations(edges, concepts);
    }

    /** Emits what needs every note first. */
    void emit() {
        scope.emit(edges);
    }

    /** Emits the relations that must come after co-occurrence's weights. */
    void emitRelated() {
        scope.emitRelated(edges);
    }

    void add(ParsedNote note, List<SectionMentions> mentions) {
        var topics = new Topics(trie, concepts, edges);
        for (var block : note.blocks()) {
            var section = mentions.get(note.sectionAt(block.line()).order());
            var topic = topics.next(note, section, block);
            if (topic != null) {
                scope.topic(topic);
            }
            if (block.kind() == TextBlock.Kind.HEADING) {
                trie.find(block.text()).forEach(hit -> scope.topic(hit.concept()));
                continue;
            }
            if (block.kind() == TextBlock.Kind.TABLE) {
                continue;
            }
            boolean first = true;
            for (var clause : CLAUSES.split(block.text())) {
                var hits = trie.find(clause);
                for (var hit : hits) {
                    var evidence = new Evidence(note.path(), block.line(), snippet(clause));
                    scope.mention(hit.concept(), topic, evidence);
                    if (topics.fromLabel()) {
                        scope.underLabel(topic, hit.concept(), evidence);
                    }
                }
                clause(note.path(), block.line(), clause, hits, first ? topic : null);
                first = false;
            }
        }
    }

    private static String snippet(String clause) {
        return clause.length() > 160 ? clause.substring(0, 160) : clause;
    }

    private void clause(String note, int line, String clause, List<FormTrie.Hit> found, Integer topic) {
        var hits = withTopic(found, clause, topic);
        if (hits.size() < 2 || hits.size() > 8) {
            return;
        }
        var evidence = new Evidence(note, line, snippet(clause));
        definitions.add(clause, hits, evidence);
        var contrast = outside(CONTRAST, clause, hits);
        if (contrast != null && hits.size() <= 4) {
            pairs(hits, contrast.start(), evidence);
        }
        genitives.add(hits, clause, evidence);
        var parts = outside(PARTS, clause, hits);
        if (parts != null) {
            // the whole stands right before the cue (X包括A、B); a far one is not what is divided
            var whole = adjacent(lastBefore(hits, parts.start()), parts.start());
            for (var hit : hits) {
                if (whole != null && hit.start() >= parts.end()) {
                    cue("parts", ConceptRelation.SUBTOPIC_OF, hit, whole, parts.group(), evidence);
                    cue("parts", ConceptRelation.PREREQUISITE_OF, whole, hit, parts.group(), evidence);
                }
            }
        }
        var kind = outside(KIND, clause, hits);
        if (kind != null) {
            if (!negated(clause, kind.start())) {
                kinds(hits, kind, evidence);
            }
        }
        var use = outside(USES, clause, hits);
        if (use != null) {
            uses(hits, use, evidence);
        }
        var depends = outside(DEPENDS, clause, hits);
        if (depends != null) {
            var subject = lastBefore(hits, depends.start());
            var basis = hits.stream()
                    .filter(h -> h.start() >= depends.end())
                    .findFirst()
                    .orElse(null);
            if (subject != null && basis != null) {
                boolean cause = CAUSE.matcher(depends.group()).matches();
                var before = cause ? subject : basis;
                var after = cause ? basis : subject;
                var said = cause ? "cause" : "depends";
                cue(said, ConceptRelation.PREREQUISITE_OF, before, after, depends.group(), evidence);
            }
        }
    }

    /**
     * The first cue of a kind that is no part of a concept's name: 依赖 in 依赖注入 or 使用 in 使用率 states nothing.
     */
    private static java.util.regex.Matcher outside(Pattern cue, String clause, List<FormTrie.Hit> hits) {
        var m = cue.matcher(clause);
        while (m.find()) {
            int at = m.start();
            if (hits.stream().noneMatch(h -> h.start() <= at && at < h.end())) {
                return m;
            }
        }
        return null;
    }

    /** "并不是一种强制性的约束": a negated kind states no kind. */
    private static boolean negated(String clause, int cue) {
        var before = clause.substring(Math.max(0, cue - 2), cue);
        return before.contains("不") || before.contains("非") || before.contains("没");
    }

    private void kinds(List<FormTrie.Hit> hits, java.util.regex.Matcher kind, Evidence evidence) {
        var general =
                hits.stream().filter(h -> h.start() >= kind.end()).findFirst().orElse(null);
        if (general == null) {
            return;
        }
        for (var hit : hits) {
            if (hit.end() <= kind.start()) {
                cue("kind", ConceptRelation.IS_A, hit, general, kind.group(), evidence);
                cue("kind", ConceptRelation.PREREQUISITE_OF, general, hit, kind.group(), evidence);
            }
        }
    }

    private void uses(List<FormTrie.Hit> hits, java.util.regex.Matcher use, Evidence evidence) {
        var user = lastBefore(hits, use.start());
        var used = hits.stream().filter(h -> h.start() >= use.end()).findFirst().orElse(null);
        if (user != null && used != null) {
            cue("uses", ConceptRelation.USES, user, used, use.group(), evidence);
            // "X通过Y实现", "X使用Y": Y has to be understood first
            cue("uses", ConceptRelation.PREREQUISITE_OF, used, user, use.group(), evidence);
        }
    }

    private void pairs(List<FormTrie.Hit> hits, int cue, Evidence evidence) {
        var before = hits.stream().filter(h -> h.end() <= cue).toList();
        var group = before.size() >= 2 ? before : hits;
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                // one method name for every comparison phrase: the phrases are many, the evidence one kind
                cue("contrast", ConceptRelation.CONTRASTS_WITH, group.get(i), group.get(j), "comparison", evidence);
            }
        }
    }

    /** A line that goes on from its label ("生成器：\n是一种特殊的迭代器") is about the label. */
    private static List<FormTrie.Hit> withTopic(List<FormTrie.Hit> hits, String clause, Integer topic) {
        if (topic == null || !SUBJECTLESS.matcher(clause).lookingAt()) {
            return hits;
        }
        var out = new java.util.ArrayList<FormTrie.Hit>(hits.size() + 1);
        out.add(new FormTrie.Hit(topic, 0, 0));
        hits.stream().filter(h -> h.concept() != topic).forEach(out::add);
        return out;
    }

    private static FormTrie.Hit adjacent(FormTrie.Hit hit, int position) {
        return hit != null && position - hit.end() <= 3 ? hit : null;
    }

    private static FormTrie.Hit lastBefore(List<FormTrie.Hit> hits, int position) {
        FormTrie.Hit last = null;
        for (var hit : hits) {
            if (hit.end() <= position) {
                last = hit;
            }
        }
        return last;
    }

    /** One edge a cue phrase states, worth what {@code relation-cues.tsv} says a cue of its kind is worth. */
    private void cue(
            String kind, ConceptRelation relation, FormTrie.Hit from, FormTrie.Hit to, String phrase, Evidence e) {
        edges.add(relation, id(from), id(to), RelationCues.weight(kind, relation), "cue:" + phrase, e);
    }

    private String id(FormTrie.Hit hit) {
        return concepts.get(hit.concept()).id();
    }
}
