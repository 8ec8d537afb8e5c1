package dev.notegraph.explorer.security;

import dev.notegraph.explorer.config.ExplorerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Host check against DNS rebinding when bound to loopback, the access token on the console, imports and MCP, and
 * CORS: same-origin only unless origins are configured. An
 * explicit CORS mapping with no origins makes Spring refuse cross-origin requests with 403 instead of answering
 * them without CORS headers, which would still let a foreign page's simple POST run.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(WebSecurityConfiguration.class);

    private final ServerProperties server;
    private final ExplorerProperties explorer;
    private final AccessTokenCheck accessToken;

    WebSecurityConfiguration(ServerProperties server, ExplorerProperties explorer) {
        this.server = server;
        this.explorer = explorer;
        this.accessToken = new AccessTokenCheck(server.getAddress(), explorer.accessToken());
    }

    /** The one token rule, for guards outside Spring MVC's handlers (the MCP servlet). */
    @Bean
    AccessTokenCheck accessTokenCheck() {
        return accessToken;
    }

    /** Only on loopback: a server exposed on purpose is reached by names this list cannot know. */
    @Bean
    FilterRegistrationBean<HostHeaderFilter> hostHeaderFilter(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        var allowed = new AllowedHosts(explorer.allowedHosts());
        var registration = new FilterRegistrationBean<>(new HostHeaderFilter(allowed, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        var address = server.getAddress();
        registration.setEnabled(address != null && address.isLoopbackAddress());
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var address = server.getAddress();
        if (accessToken.closed()) {
            log.warn(
                    "Listening on {} without explorer.access-token: the Cypher console and /mcp are disabled (403)",
                    address == null ? "every interface" : address.getHostAddress());
        }
        registry.addInterceptor(new AccessTokenInterceptor(accessToken));
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/**")
                .allowedOrigins(explorer.cors().allowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "POST")
                .allowedHeaders("Content-Type", "Authorization")
                .maxAge(600);
    }
}
