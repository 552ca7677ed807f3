package dev.glassbox.api;

import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.compute.RateLimit;
import dev.glassbox.compute.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * At most {@code glassbox.limits.api-per-minute} API requests a minute from one address; beyond that HTTP 429 with
 * {@code Retry-After} and one sentence. The address is the connection's, or — only when
 * {@code server.forward-headers-strategy} is set, behind a reverse proxy — the one the proxy names in
 * {@code X-Forwarded-For}.
 */
@Configuration(proxyBeanMethods = false)
class ApiRateLimit {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiRateLimitFilter(RateLimits limits) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter(limits.api()));
        registration.addUrlPatterns("/api/*");
        registration.setName("apiRateLimit");
        return registration;
    }

    static OncePerRequestFilter filter(RateLimit limit) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Duration wait = limit.take(request.getRemoteAddr());
                if (wait.isZero()) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setStatus(429);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds()));
                response.setContentType(ApiErrors.JSON);
                ApiError error = new ApiError(LessonText.of("api").plain("too-many",
                        java.util.Map.of("perMinute", limit.perMinute(), "seconds", wait.toSeconds())));
                response.getOutputStream().write(JSON.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
