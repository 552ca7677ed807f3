package dev.glassbox.tools;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonLink;
import dev.glassbox.model.lesson.LessonStep;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures a live class on a running Glassbox: one teacher and {@code students} students, each a browser context of one
 * headless Chromium, join a class; the teacher moves {@code steps} times; every student page records with a
 * MutationObserver when its {@code #step-title} changed (Date.now(), the same machine clock as the teacher's click).
 * Prints p50, p95 and max of click-to-screen latency over all students and steps, and how many student pages were
 * pushed to by a WebSocket and how many by long polling (where a proxy refuses WebSockets). Run it against an app already running, directly or behind a proxy:
 * {@code ./mvnw -B -Plive-class-load -Dclass.base=http://127.0.0.1:8080 process-test-classes}.
 */
public final class ClassLoad {

    private static final String IDLE = "() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())";
    private static final String OBSERVE = "() => { window.__changes = []; const t = document.getElementById('step-title');"
            + " new MutationObserver(() => window.__changes.push({text: t.textContent, at: Date.now()}))"
            + ".observe(t, {childList: true, characterData: true, subtree: true}); }";

    private ClassLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("class.base", "http://127.0.0.1:8080");
        int students = Integer.getInteger("class.students", 35);
        int steps = Integer.getInteger("class.steps", 12);
        long pause = Long.getLong("class.pause-ms", 3000);
        // false: students' browsers do not load the step's page in its frame, which isolates the push from page loads.
        boolean frames = !"false".equals(System.getProperty("class.frames", "true"));
        // Ten light steps with distinct titles: z-scores of different values (a teacher moves on every few seconds).
        List<LessonStep> lessonSteps = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            lessonSteps.add(LessonStep.of("/zscores?v=" + i + "," + (i + 3) + "," + (2 * i + 7), "Values, set " + i, ""));
        }
        String link = LessonLink.encode(new Lesson("Load", lessonSteps));

        try (Playwright playwright = Playwright.create()) {
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true);
            String chromium = System.getenv("CHROMIUM_PATH");
            if (chromium != null && !chromium.isBlank()) {
                options.setExecutablePath(Paths.get(chromium)).setArgs(List.of("--no-sandbox", "--disable-gpu"));
            }
            Browser browser = playwright.chromium().launch(options);
            Page teacher = page(browser);
            teacher.navigate(base + "/class?l=" + URLEncoder.encode(link, StandardCharsets.UTF_8));
            teacher.waitForFunction(IDLE);
            teacher.locator("#start-class").click();
            teacher.waitForFunction("() => { const e = document.getElementById('class-code');"
                    + " return !!e && /^[A-Z]{6}$/.test(e.textContent); }");
            String code = teacher.locator("#class-code").textContent();

            AtomicInteger sockets = new AtomicInteger();
            AtomicInteger polling = new AtomicInteger();
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                Page p = page(browser);
                if (!frames) {
                    p.context().route("**/zscores**", route -> route.abort());
                }
                // A page counts once: by a push WebSocket that carried a message, or by push requests by long polling.
                AtomicInteger mine = new AtomicInteger();
                AtomicInteger polled = new AtomicInteger();
                p.onWebSocket(ws -> {
                    if (ws.url().contains("/VAADIN/push")) {
                        ws.onFrameReceived(f -> {
                            if (mine.getAndIncrement() == 0) {
                                sockets.incrementAndGet();
                            }
                        });
                    }
                });
                p.onRequest(r -> {
                    if (r.url().contains("/VAADIN/push") && r.url().contains("Transport=long-polling")
                            && polled.getAndIncrement() == 0) {
                        polling.incrementAndGet();
                    }
                });
                p.navigate(base + "/join?c=" + code);
                p.waitForFunction(IDLE);
                p.locator("#join-nickname input").fill("s" + i);
                p.locator("#join").click();
                p.locator("#class-joined").waitFor();
                p.waitForFunction("() => { const e = document.getElementById('step-title'); return !!e && e.textContent.length > 0; }");
                p.evaluate(OBSERVE);
                pages.add(p);
            }
            System.out.printf("%d students joined class %s at %s (steps' pages in frames: %s)%n", students, code, base,
                    frames ? "loaded" : "not loaded");

            List<Long> latencies = new ArrayList<>();
            int step = 0;
            for (int k = 0; k < steps; k++) {
                int target = step + 1 < lessonSteps.size() ? step + 1 : step - 1;
                boolean forward = target > step;
                step = target;
                String title = lessonSteps.get(step).title();
                Thread.sleep(pause);
                long clicked = ((Number) teacher.evaluate("id => { const t = Date.now(); document.getElementById(id).click();"
                        + " return t; }", forward ? "next-step" : "previous-step")).longValue();
                for (Page p : pages) {
                    p.waitForFunction("t => { const e = document.getElementById('step-title'); return !!e && e.textContent === t; }", title);
                    Object at = p.evaluate("t => { const c = window.__changes.find(c => c.text === t); window.__changes = [];"
                            + " return c ? c.at : -1; }", title);
                    latencies.add(((Number) at).longValue() - clicked);
                }
            }
            latencies.sort(Long::compare);
            System.out.printf(Locale.ROOT, "%d measurements (%d students x %d steps): p50 %d ms, p95 %d ms, max %d ms;"
                    + " student pages pushed to by WebSocket: %d, by long polling: %d, of %d%n", latencies.size(), students,
                    steps, percentile(latencies, 50), percentile(latencies, 95), latencies.getLast(), sockets.get(),
                    polling.get(), students);
            browser.close();
        }
    }

    private static Page page(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page p = context.newPage();
        p.setDefaultTimeout(120_000);
        return p;
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
