package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.glassbox.model.lesson.LessonLink;
import dev.glassbox.model.lesson.StarterLessons;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy breaks nothing: a policy that is too strict fails silently in the browser (a script,
 * style, image, worker or frame is simply not loaded), so every view, the lesson player and a Python run are opened
 * here and any violation — reported by the page's {@code securitypolicyviolation} event in any frame, or by
 * Chromium in the console — fails the test.
 */
class ContentSecurityPolicyIT extends ModelBrowserTest {

    /** Reports every violation in every frame to the console, where the test collects it. */
    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e =>
              console.error('CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline code')
                + ' in ' + e.documentURI));
            """;

    private static final double PYTHON_MS = 90_000;

    private final List<String> violations = new ArrayList<>();

    @BeforeEach
    void watchForViolations() {
        violations.clear();
        page.addInitScript(REPORT_VIOLATIONS);
        page.onConsoleMessage(m -> {
            String text = m.text();
            if (text.contains("CSP violation") || text.contains("Content Security Policy")
                    || text.contains("Content-Security-Policy")) {
                violations.add(page.url() + ": " + text);
            }
        });
    }

    @Test
    void every_view_opens_without_a_policy_violation() {
        // The browser really runs under the policy (so an empty list of violations means something).
        assertThat(page.request().get("http://127.0.0.1:" + port + "/").headers().get("content-security-policy"))
                .contains("script-src 'self'");
        for (String view : EveryViewIT.VIEWS) {
            open(view);
            // Figures and lazily loaded scripts arrive after the first idle moment.
            page.waitForTimeout(300);
            idle();
        }
        open("/lesson/new");
        assertThat(violations).as("policy violations").isEmpty();
        assertThat(pageErrors).as("script errors").isEmpty();
    }

    @Test
    void a_lesson_plays_in_its_frame_without_a_policy_violation() {
        open("/lesson?l=" + LessonLink.encode(StarterLessons.all().getFirst()));
        assertThat(page.frameLocator("iframe").first().locator("vaadin-app-layout")).isAttached();
        page.waitForTimeout(500);
        idle();
        assertThat(violations).as("policy violations").isEmpty();
    }

    @Test
    void python_starts_and_runs_code_without_a_policy_violation() {
        open("/python/objects");
        if (page.locator("#python-questions-wait").count() > 0) {
            assertThat(page.locator("#python-questions-wait")).isHidden(
                    new LocatorAssertions.IsHiddenOptions().setTimeout(PYTHON_MS));
            idle();
        }
        Questions.showAll(page, this::idle);
        page.locator("#python .gb-py-run").click();
        // The example's own print, as PythonIT checks it: Pyodide compiled its WebAssembly under the policy.
        assertThat(page.locator("#python .gb-py-output")).containsText("Buddy says woof!",
                new LocatorAssertions.ContainsTextOptions().setTimeout(PYTHON_MS));
        assertThat(violations).as("policy violations").isEmpty();
    }
}
