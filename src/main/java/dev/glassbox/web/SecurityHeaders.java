package dev.glassbox.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the security headers on every answer — pages, static files, the data API and errors — and refuses request
 * bodies larger than the app ever needs.
 *
 * <p>The Content-Security-Policy allows exactly what the app uses, all from its own origin:
 * <ul>
 * <li>{@code script-src 'unsafe-inline' 'unsafe-eval'}: Vaadin Flow starts its client engine with an inline script
 * and runs the server's {@code executeJs} expressions as constructed functions (Vaadin docs, "Content Security
 * Policy", required settings);</li>
 * <li>{@code 'wasm-unsafe-eval'}: Pyodide compiles CPython's WebAssembly in the Python lessons' worker;</li>
 * <li>{@code style-src 'unsafe-inline'}: Vaadin's components and Lumo set inline styles;</li>
 * <li>{@code img-src data: blob:}: QR codes are {@code data:image/svg+xml}, a figure's PNG download draws its SVG
 * from a blob; {@code font-src data:}: Lumo's icons;</li>
 * <li>{@code connect-src 'self'}: Vaadin's requests, WebSocket push to the same origin, Pyodide's files;</li>
 * <li>{@code worker-src 'self'}, {@code frame-src 'self'}: the Python worker and the lesson player's frame;</li>
 * <li>{@code frame-ancestors}: who may embed a page — {@code 'self'} unless {@code glassbox.http.frame-ancestors}
 * names a learning platform's origin.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {

    /** The Content-Security-Policy without its {@code frame-ancestors}, which comes from configuration. */
    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'",
            "frame-src 'self'",
            "media-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    private final String policy;
    private final long maxRequestBytes;
    /** Whether another site may frame the app: then Vaadin's own {@code X-Frame-Options: SAMEORIGIN} is left out. */
    private final boolean framedElsewhere;

    public SecurityHeaders(@Value("${glassbox.http.frame-ancestors:'self'}") String frameAncestors,
            @Value("${glassbox.http.max-request-bytes:1048576}") long maxRequestBytes) {
        this.policy = POLICY + "; frame-ancestors " + frameAncestors(frameAncestors);
        this.maxRequestBytes = maxRequestBytes;
        String sources = frameAncestors(frameAncestors);
        this.framedElsewhere = !sources.equals("'self'") && !sources.equals("'none'");
    }

    /** The configured sources, checked so that a typo cannot smuggle in another directive. */
    static String frameAncestors(String configured) {
        String sources = configured.strip();
        if (sources.isEmpty() || !sources.matches("[A-Za-z0-9'*:/.\\- ]+")) {
            throw new IllegalArgumentException("glassbox.http.frame-ancestors must be 'self', 'none' or origins"
                    + " separated by spaces (such as https://lms.example.org), not \"" + configured + "\".");
        }
        return sources;
    }

    /** The whole Content-Security-Policy this app sends. */
    public String policy() {
        return policy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Lesson links carry the learner's sentence: they never leave the app in a Referer header.
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.getContentLengthLong() > maxRequestBytes) {
            // Answered here, not by an error dispatch: the body is never read, and the connection closes after it.
            response.setHeader("Connection", "close");
            ErrorPages.write(request, response, HttpStatus.CONTENT_TOO_LARGE, ErrorId.next());
            return;
        }
        chain.doFilter(request, framedElsewhere ? new WithoutFrameOptions(response) : response);
    }

    /** A response that drops {@code X-Frame-Options}, which would contradict a wider {@code frame-ancestors}. */
    private static final class WithoutFrameOptions extends HttpServletResponseWrapper {

        WithoutFrameOptions(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"X-Frame-Options".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"X-Frame-Options".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }

    /** Error dispatches get the headers too (an error page is a page). */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
