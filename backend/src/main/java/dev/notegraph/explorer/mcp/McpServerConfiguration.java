package dev.notegraph.explorer.mcp;

import dev.notegraph.explorer.config.ExplorerProperties;
import dev.notegraph.explorer.security.AccessTokenCheck;
import dev.notegraph.explorer.security.AccessTokenFilter;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The MCP server at {@code /mcp}: the SDK's Streamable HTTP servlet, registered beside Spring MVC rather than
 * through a Spring AI starter, so it does not tie the app to one Spring Boot generation. All MCP wiring lives in
 * this package.
 */
@Configuration(proxyBeanMethods = false)
class McpServerConfiguration {

    static final String ENDPOINT = "/mcp";

    private static final String INSTRUCTIONS =
            """
            A knowledge graph of the user's computer-science notes (mostly Chinese). Find concepts with \
            search_concepts, then use their ids with the other tools. Every edge carries evidence from the notes.\
            """;

    /**
     * The protocol's own JSON mapper (the SDK's default for the Jackson module on the class path); tool answers
     * are written by the application's ObjectMapper in {@link NotegraphTools}. Cross-origin pages are refused
     * unless their origin is one of {@code explorer.cors.allowed-origins}.
     */
    @Bean
    HttpServletStreamableServerTransportProvider mcpTransport(ExplorerProperties explorer) {
        var origins = DefaultServerTransportSecurityValidator.builder()
                .allowedOrigins(explorer.cors().allowedOrigins())
                .build();
        return HttpServletStreamableServerTransportProvider.builder()
                .mcpEndpoint(ENDPOINT)
                .jsonMapper(McpJsonDefaults.getMapper())
                .securityValidator(origins)
                .build();
    }

    @Bean(destroyMethod = "close")
    McpSyncServer mcpServer(HttpServletStreamableServerTransportProvider transport, NotegraphTools tools) {
        return McpServer.sync(transport)
                .serverInfo(
                        "notegraph",
                        NotegraphTools.class.getPackage().getImplementationVersion() == null
                                ? "dev"
                                : NotegraphTools.class.getPackage().getImplementationVersion())
                .instructions(INSTRUCTIONS)
                .capabilities(
                        McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(tools.specifications())
                .build();
    }

    @Bean
    ServletRegistrationBean<HttpServletStreamableServerTransportProvider> mcpServlet(
            HttpServletStreamableServerTransportProvider transport) {
        var registration = new ServletRegistrationBean<>(transport, ENDPOINT);
        registration.setName("mcp");
        // Answers to requests stream as server-sent events on an async response.
        registration.setAsyncSupported(true);
        return registration;
    }

    /**
     * The console's access-token rule on the whole endpoint: {@code run_cypher} is the console, and a session that
     * could not call it should not be opened either. After the Host check and the body limit, before the servlet.
     */
    @Bean
    FilterRegistrationBean<AccessTokenFilter> mcpAccessFilter(
            AccessTokenCheck accessToken, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        var registration = new FilterRegistrationBean<>(new AccessTokenFilter(accessToken, problems));
        registration.addUrlPatterns(ENDPOINT, ENDPOINT + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
