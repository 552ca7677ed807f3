package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser against the real app on a random port of 127.0.0.1: one Playwright per test class, a fresh
 * page per test. The browser is Playwright's own, unless {@code CHROMIUM_PATH} (environment) or
 * {@code chromium.path} (system property) names a Chromium to launch instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    private static final String VAADIN_IDLE = "() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())";

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private final List<BrowserContext> others = new ArrayList<>();
    protected Page page;
    /** Every dialog (alert, confirm) a page opened: learner text must never open one. */
    protected final List<String> dialogs = new ArrayList<>();
    /** Every uncaught error in the page's scripts. */
    protected final List<String> pageErrors = new ArrayList<>();

    @BeforeAll
    void launch() {
        playwright = Playwright.create();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true);
        String chromium = System.getProperty("chromium.path", System.getenv("CHROMIUM_PATH"));
        if (chromium != null && !chromium.isBlank()) {
            options.setExecutablePath(Paths.get(chromium)).setArgs(List.of("--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync"));
        }
        browser = playwright.chromium().launch(options);
        // A classroom server may be busy: give pages and assertions time (they return as soon as they pass).
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.onPageError(pageErrors::add);
    }

    /** A page in a browser context of its own: another person's browser, with its own session; closed after the test. */
    protected Page otherPerson() {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        others.add(other);
        Page p = other.newPage();
        p.setDefaultTimeout(60_000);
        return p;
    }

    @AfterEach
    void closePage() {
        others.forEach(BrowserContext::close);
        others.clear();
        context.close();
        dialogs.clear();
        pageErrors.clear();
    }

    @AfterAll
    void quit() {
        browser.close();
        playwright.close();
    }

    /** {@code text} as a query-string value, encoded once (UTF-8, space as %20). */
    protected static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Makes the page as wide as a phone (390 px: a common phone; 360 px: a small one). */
    protected void phone(int width) {
        page.setViewportSize(width, 800);
    }

    /** Opens {@code pathAndQuery} (e.g. {@code "/tokens?s=Hi"}) and waits until Vaadin is idle. */
    protected void open(String pathAndQuery) {
        page.navigate("http://127.0.0.1:" + port + pathAndQuery);
        idle();
    }

    /** Waits until Vaadin has no request in flight. */
    protected void idle() {
        page.waitForFunction(VAADIN_IDLE);
    }

    /** Types into the sentence field and presses Enter, as a learner would. */
    protected void typeSentence(String text) {
        page.locator("#sentence input").fill(text);
        page.locator("#sentence input").press("Enter");
        idle();
    }

    /** Saves a screenshot of the whole page under {@code target/screenshots/}. */
    protected Path screenshot(String name) {
        Path path = Paths.get("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true));
        return path;
    }

    /** Makes the viewport as tall as a long lesson (the app layout scrolls inside itself, so full-page shots do not). */
    protected void tall() {
        page.setViewportSize(1280, 5000);
        idle();
    }

    /** Saves a tall page in four parts of 1,400 pixels under {@code target/screenshots/}, readable one by one. */
    protected void screenshotParts(String name) {
        for (int i = 0; i < 4; i++) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get("target", "screenshots", name + "-" + (i + 1) + ".png"))
                    .setClip(0, 1400 * i, 1280, 1400));
        }
    }

    protected void assertNoScriptRan() {
        org.assertj.core.api.Assertions.assertThat(dialogs).as("dialogs opened by the page").isEmpty();
        org.assertj.core.api.Assertions.assertThat(pageErrors).as("script errors in the page").isEmpty();
        assertThat(page.locator("main script")).hasCount(0);
    }
}
