package dev.notegraph.explorer.studypath;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.notegraph.explorer.concept.ConceptLookup;
import dev.notegraph.explorer.config.ExplorerProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Parameters the study-path endpoints refuse before any query runs: a 400 problem, the graph never asked. A
 * web slice, no Neo4j: the readers are mocks that must stay untouched.
 */
@WebMvcTest(controllers = {StudyPathController.class, LearnNextController.class})
class StudyPathParametersTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StudyPaths studyPaths;

    @MockitoBean
    ConceptPaths paths;

    @MockitoBean
    ConceptLookup lookup;

    @MockitoBean
    LearnNextReader learnNext;

    @Test
    void shouldRefuseLearnNextLimitsOutsideOneToAHundred() throws Exception {
        for (var limit : new String[] {"0", "101", "-1"}) {
            expectBadRequest("/api/learn-next?limit=" + limit);
        }
        expectBadRequest("/api/learn-next?limit=x");
        verifyNoInteractions(learnNext);
    }

    @Test
    void shouldRefuseAStudyPathWithoutTargetOrWithBadLimits() throws Exception {
        expectBadRequest("/api/study-path");
        expectBadRequest("/api/study-path?target=gil&maxSteps=0");
        expectBadRequest("/api/study-path?target=gil&maxSteps=101");
        expectBadRequest("/api/study-path?target=gil&minConfidence=1.5");
        expectBadRequest("/api/paths?from=gil");
        verifyNoInteractions(studyPaths, paths);
    }

    private void expectBadRequest(String url) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://notegraph.dev/problems/bad-request"));
    }

    /** The security configuration reads these; a web slice binds no properties of its own. */
    @TestConfiguration
    @EnableConfigurationProperties({ServerProperties.class, ExplorerProperties.class})
    static class ServerAddress {}
}
