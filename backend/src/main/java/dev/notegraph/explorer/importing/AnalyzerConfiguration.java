package dev.notegraph.explorer.importing;

import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.importer.extract.NotesAnalyzer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The notes analyzer the start-up import uses; a test or an embedding app may supply its own. */
@Configuration(proxyBeanMethods = false)
class AnalyzerConfiguration {

    /** Lazy: building the analyzer loads dictionaries, which a run without import should not pay for. */
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    NotesAnalyzer notesAnalyzer() {
        return new MarkdownNotesAnalyzer();
    }
}
