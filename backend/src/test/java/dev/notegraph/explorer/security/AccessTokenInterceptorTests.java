package dev.notegraph.explorer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notegraph.explorer.problem.ProblemException;
import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

/** The decision table of the access token, for bind addresses a test cannot really bind to. */
class AccessTokenInterceptorTests {

    @RequiresAccessToken
    static final class Guarded {
        public void run() {}
    }

    static final class Open {
        public void read() {}
    }

    @Test
    void shouldLeaveTheLoopbackConsoleOpenWithoutAToken() throws Exception {
        for (var address : new String[] {"127.0.0.1", "127.0.0.2", "::1"}) {
            var interceptor = new AccessTokenInterceptor(InetAddress.getByName(address), Optional.empty());
            assertThat(interceptor.preHandle(request(null), new MockHttpServletResponse(), guarded()))
                    .as(address)
                    .isTrue();
        }
    }

    @Test
    void shouldCloseTheConsoleWhenExposedWithoutAToken() throws Exception {
        for (var address :
                new InetAddress[] {InetAddress.getByName("0.0.0.0"), InetAddress.getByName("192.0.2.7"), null}) {
            var interceptor = new AccessTokenInterceptor(address, Optional.empty());
            assertThatThrownBy(
                            () -> interceptor.preHandle(request("Bearer x"), new MockHttpServletResponse(), guarded()))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.problem().getStatus()).isEqualTo(403);
                        assertThat(e.problem().getDetail()).contains("explorer.access-token");
                    });
            assertThat(interceptor.preHandle(request(null), new MockHttpServletResponse(), open()))
                    .isTrue();
        }
    }

    @Test
    void shouldRequireTheExactBearerTokenWhenExposed() throws Exception {
        var interceptor = new AccessTokenInterceptor(InetAddress.getByName("192.0.2.7"), Optional.of("s3cret-token"));
        for (var header : new String[] {
            null,
            "",
            "s3cret-token",
            "Basic s3cret-token",
            "Bearer s3cret",
            "Bearer s3cret-token2",
            "Bearer S3CRET-TOKEN"
        }) {
            assertThatThrownBy(() -> interceptor.preHandle(request(header), new MockHttpServletResponse(), guarded()))
                    .as(String.valueOf(header))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            e -> assertThat(e.problem().getStatus()).isEqualTo(401));
        }
        assertThat(interceptor.preHandle(request("Bearer s3cret-token"), new MockHttpServletResponse(), guarded()))
                .isTrue();
        assertThat(interceptor.preHandle(request("bearer  s3cret-token "), new MockHttpServletResponse(), guarded()))
                .isTrue();
        assertThat(interceptor.preHandle(request(null), new MockHttpServletResponse(), open()))
                .isTrue();
    }

    @Test
    void shouldRequireAConfiguredTokenEvenOnLoopback() throws Exception {
        var interceptor = new AccessTokenInterceptor(InetAddress.getByName("127.0.0.1"), Optional.of("tok"));
        assertThatThrownBy(() -> interceptor.preHandle(request(null), new MockHttpServletResponse(), guarded()))
                .isInstanceOf(ProblemException.class);
        assertThat(interceptor.preHandle(request("Bearer tok"), new MockHttpServletResponse(), guarded()))
                .isTrue();
    }

    private static MockHttpServletRequest request(String authorization) {
        var request = new MockHttpServletRequest("POST", "/api/cypher");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    private static HandlerMethod guarded() throws NoSuchMethodException {
        return new HandlerMethod(new Guarded(), Guarded.class.getMethod("run"));
    }

    private static HandlerMethod open() throws NoSuchMethodException {
        return new HandlerMethod(new Open(), Open.class.getMethod("read"));
    }
}
