package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.Evidence;
import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.importer.model.MentionEdge;
import dev.notegraph.importer.model.NoteGraph;
import dev.notegraph.importer.model.SectionNode;
import dev.notegraph.importer.parse.ParsedNote;
import dev.notegraph.importer.source.NoteSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds mentions and relations for the accepted concepts and builds the graph the writer stores. */
final class GraphAssembler {

    private final ConceptTable table;
    private final Map<String, NoteSource> sources;
    private final FormTrie trie;
    private final EdgeCollector edges = new EdgeCollector();

    GraphAssembler(ConceptTable table, Map<String, NoteSource> sources) {
        this.table = table;
        this.sources = sources;
        this.trie = new FormTrie(table.byMatchKey());
    }

    KnowledgeGraph assemble(List<ParsedNote> notes) {
        var mentions = new MentionCollector(trie);
        var structure = new StructureRelations(table.concepts(), edges);
        var sentences = new SentenceRelations(trie, table.concepts(), edges);
        var tables = new TableContrasts(trie, table.concepts(), edges);
        var cooccurrence = new Cooccurrence(table.concepts());
        var refd = new ReferenceDistance(table.concepts());
        var order = new DocumentOrder(table.concepts());
        var noteGraphs = new ArrayList<NoteGraph>();
        var mentionCount = new HashMap<Integer, Integer>();
        var notesOf = new HashMap<Integer, Set<String>>();
        var firstMention = new HashMap<Integer, Evidence>();
        for (var note : notes) {
            var sectionMentions = mentions.collect(note);
            structure.add(note, sectionMentions);
            sentences.add(note, sectionMentions);
            tables.add(note);
            sectionMentions.forEach(cooccurrence::add);
            order.add(sectionMentions);
            for (var section : note.sections()) {
                var inherited = new HashSet<Integer>();
                if (section.parentOrder() > 0) {
                    sectionMentions.get(section.parentOrder()).mentions().forEach((c, m) -> {
                        if (m.inHeading()) {
                            inherited.add(c);
                        }
                    });
                }
                refd.add(sectionMentions.get(section.order()), inherited);
            }
            for (var section : sectionMentions) {
                section.mentions().forEach((concept, m) -> {
                    firstMention.putIfAbsent(concept, new Evidence(note.path(), m.line(), m.text()));
                    mentionCount.merge(concept, m.count(), Integer::sum);
                    notesOf.computeIfAbsent(concept, k -> new HashSet<>()).add(note.path());
                });
            }
            noteGraphs.add(noteGraph(note, sectionMentions));
        }
        sentences.emit();
        var pairs = cooccurrence.emit(edges);
        sentences.emitRelated();
        refd.emit(pairs, edges);
        NameContainment.add(table, firstMention, edges);
        order.emit(pairs, edges);
        var concepts = new ArrayList<ConceptNode>();
        var kept = new HashSet<String>();
        for (int i = 0; i < table.concepts().size(); i++) {
            var c = table.concepts().get(i);
            if (mentionCount.containsKey(i)) {
                kept.add(c.id());
                concepts.add(new ConceptNode(
                        c.id(),
                        c.name(),
                        c.aliases(),
                        Optional.ofNullable(mentions.definitions().get(i)),
                        c.category(),
                        mentionCount.get(i),
                        notesOf.get(i).size()));
            }
        }
        var noteCounts = new HashMap<String, Integer>();
        concepts.forEach(c -> noteCounts.put(c.id(), c.noteCount()));
        List<ConceptEdge> all = HubDamping.apply(
                edges.edges().stream()
                        .filter(e -> kept.contains(e.source()) && kept.contains(e.target()))
                        .toList(),
                noteCounts,
                notes.size());
        var acyclic = CycleBreaker.breakCycles(all);
        return new KnowledgeGraph(
                List.copyOf(noteGraphs), List.copyOf(concepts), acyclic.edges(), acyclic.warnings(), acyclic.broken());
    }

    private NoteGraph noteGraph(ParsedNote note, List<SectionMentions> sectionMentions) {
        var source = sources.get(note.path());
        var noteId = NoteGraph.idFor(note.path());
        var sections = note.sections().stream()
                .map(s -> new SectionNode(
                        noteId + "-" + s.order(),
                        s.order(),
                        s.level(),
                        s.heading(),
                        s.line(),
                        s.endLine(),
                        s.parentOrder() < 0 ? Optional.<String>empty() : Optional.of(noteId + "-" + s.parentOrder()),
                        s.markdown()))
                .toList();
        var mentions = new ArrayList<MentionEdge>();
        for (var section : sectionMentions) {
            section.mentions()
                    .forEach((concept, m) -> mentions.add(new MentionEdge(
                            noteId + "-" + section.order(),
                            table.concepts().get(concept).id(),
                            m.line(),
                            m.text(),
                            m.form(),
                            m.count())));
        }
        return new NoteGraph(
                noteId, note.path(), note.title(), source.sha256(), source.bytes(), sections, List.copyOf(mentions));
    }
}
