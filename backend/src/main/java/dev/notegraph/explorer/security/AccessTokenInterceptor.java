package dev.notegraph.explorer.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetAddress;
import java.util.Optional;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Applies the {@link AccessTokenCheck} to {@link RequiresAccessToken} handlers; other handlers stay open. */
final class AccessTokenInterceptor implements HandlerInterceptor {

    private final AccessTokenCheck check;

    AccessTokenInterceptor(AccessTokenCheck check) {
        this.check = check;
    }

    /** @param bindAddress {@code server.address}; null means every interface */
    AccessTokenInterceptor(InetAddress bindAddress, Optional<String> token) {
        this(new AccessTokenCheck(bindAddress, token));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && guarded(method)) {
            check.require(request);
        }
        return true;
    }

    private static boolean guarded(HandlerMethod method) {
        return method.hasMethodAnnotation(RequiresAccessToken.class)
                || method.getBeanType().isAnnotationPresent(RequiresAccessToken.class);
    }
}
