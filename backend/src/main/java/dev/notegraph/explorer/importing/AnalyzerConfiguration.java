package dev.notegraph.explorer.importing;

import dev.notegraph.explorer.config.EarlyStart;
import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.importer.extract.NotesAnalyzer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The notes analyzer the start-up import uses; a test or an embedding app may supply its own. */
@Configuration(proxyBeanMethods = false)
class AnalyzerConfiguration {

    /**
     * Lazy: building the analyzer loads dictionaries, which a run without import should not pay for. On a fresh
     * store the notes were analysed during start-up already; that analysis is used if the notes still match.
     */
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    NotesAnalyzer notesAnalyzer(ObjectProvider<EarlyStart> early) {
        var prepared = early.stream().flatMap(e -> e.analysis().stream()).findFirst();
        return prepared.<NotesAnalyzer>map(p -> new PreAnalyzedNotes(p, MarkdownNotesAnalyzer::new))
                .orElseGet(MarkdownNotesAnalyzer::new);
    }
}
