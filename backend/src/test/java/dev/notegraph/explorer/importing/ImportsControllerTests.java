package dev.notegraph.explorer.importing;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.notegraph.explorer.config.ExplorerProperties;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/imports} answers 202 with the id of the import it started, 409 while one runs. A web slice. */
@WebMvcTest(
        controllers = ImportsController.class,
        properties = {"server.address=127.0.0.1"})
class ImportsControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ImportRunner runner;

    @MockitoBean
    ImportHistory history;

    @Test
    void shouldAnswerAcceptedWithTheIdOfTheStartedImport() throws Exception {
        when(runner.start("request")).thenReturn(Optional.of("b1e7"));

        mvc.perform(post("/api/imports"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value("b1e7"));
    }

    @Test
    void shouldAnswerConflictWhileAnImportRuns() throws Exception {
        when(runner.start("request")).thenReturn(Optional.empty());

        mvc.perform(post("/api/imports"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://notegraph.dev/problems/import-running"));
        verifyNoInteractions(history);
    }

    /** The security configuration reads these; a web slice binds no properties of its own. */
    @TestConfiguration
    @EnableConfigurationProperties({ServerProperties.class, ExplorerProperties.class})
    static class ServerAddress {}
}
