package dev.glassbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import dev.glassbox.model.lesson.LessonLink;
import dev.glassbox.model.lesson.StarterLessons;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The automated accessibility audit: Deque's axe-core (WCAG 2.2 A and AA rules, and its best practices) on every view,
 * a teacher's lesson, the lesson builder and the handout, in light and dark colours, on a desktop and a 360 px phone,
 * after every question is shown so that the figures behind them are audited too. A serious or critical violation
 * fails the test.
 */
class AccessibilityIT extends ModelBrowserTest {

    /** Every page a learner or teacher opens: the views of {@link EveryViewIT}, and the lesson pages. */
    static List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("/", "/tokens", "/embeddings", "/positions", "/attention",
                "/encoder", "/decoder", "/generate", "/translate", "/lstm", "/zscores", "/normal", "/python/objects",
                "/python/encapsulation", "/python/abstraction", "/python/inheritance", "/lesson/new", "/class", "/join"));
        String link = LessonLink.encode(StarterLessons.all().get(0));
        pages.add("/lesson?l=" + link);
        pages.add("/lesson/print?l=" + link);
        // -Daudit.pages=/tokens,/lstm audits only those (while fixing a page).
        String only = System.getProperty("audit.pages", "");
        return only.isEmpty() ? pages
                : pages.stream().filter(p -> List.of(only.split(",")).contains(p.replaceAll("\\?.*", ""))).toList();
    }

    private void idle(Page p) {
        if (p == page) {
            idle();
        } else {
            p.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                    + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        }
    }

    /** What fails the audit (axe's impact levels). */
    private static final Set<String> FAILING = Set.of("serious", "critical");

    /** The colour schemes and widths every page is audited in: light and dark, a desktop and a 360 px phone. */
    private static final List<String> SCHEMES = List.of("light", "dark");
    private static final List<Integer> WIDTHS = List.of(1280, 360);

    /**
     * One page, loaded once (its questions shown), then audited in every scheme and width: the scheme is switched as
     * the page's own switch does it (and the system preference is emulated to match), the width by resizing.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void no_page_has_a_serious_or_critical_violation(String path) {
        long loading = System.nanoTime();
        open(path);
        page.waitForTimeout(300);
        idle();
        Questions.showAll(page, this::idle);
        System.out.printf("axe %s: loaded, questions shown, %d elements, %.1f s%n", shortPath(path),
                ((Number) page.evaluate("() => document.getElementsByTagName('*').length")).intValue(),
                (System.nanoTime() - loading) / 1e9);
        assertThat(audit(page, path)).as("serious or critical violations on %s", shortPath(path)).isEmpty();
    }

    /**
     * A running class, which only a click starts: the teacher's page with its code, step and tally, and a student's
     * page after joining.
     */
    @org.junit.jupiter.api.Test
    void a_running_class_has_no_serious_or_critical_violation() {
        open("/class");
        page.locator("#start-class").click();
        page.locator("#class-code").waitFor();
        String code = page.locator("#class-code").textContent();
        Page student = otherPerson();
        student.navigate("http://127.0.0.1:" + port + "/join?c=" + code);
        student.locator("#join").click();
        student.locator("#class-joined").waitFor();
        idle();
        List<String> found = new ArrayList<>(audit(page, "/class (running)"));
        found.addAll(audit(student, "/join (joined)"));
        assertThat(found).as("serious or critical violations on the running class").isEmpty();
    }

    /** Audits the page {@code p} shows in every scheme and width; the violations found, described. */
    private List<String> audit(Page p, String path) {
        List<String> found = new ArrayList<>();
        for (String scheme : SCHEMES) {
            p.emulateMedia(new Page.EmulateMediaOptions()
                    .setColorScheme("dark".equals(scheme) ? ColorScheme.DARK : ColorScheme.LIGHT));
            p.evaluate("s => window.Glassbox.scheme.apply(s)", scheme);
            String background = (String) p.evaluate("""
                    () => [document.body, document.documentElement].map(e => getComputedStyle(e).backgroundColor)
                          .find(c => c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') || 'none'""");
            assertThat(brightness(background)).as("page background in %s colours: %s", scheme, background)
                    .is(new org.assertj.core.api.Condition<>(b -> "dark".equals(scheme) ? b >= 0 && b < 100 : b > 155, scheme));
            for (int width : WIDTHS) {
                p.setViewportSize(width, 900);
                p.waitForTimeout(200);
                idle(p);
                long start = System.nanoTime();
                AxeResults results = new AxeBuilder(p).options(violationsOnly()).withTags(TAGS)
                        .exclude(CELLS).exclude(VAADIN_TABS).analyze();
                List<String> here = new ArrayList<>();
                for (Rule rule : results.getViolations()) {
                    if (FAILING.contains(rule.getImpact())) {
                        here.add(describe(path, rule));
                    }
                }
                System.out.printf("axe %s, %s colours, %d px: %d elements, %d violations %s (%d serious or critical), "
                        + "%.1f s%s%n", shortPath(path), scheme, width,
                        ((Number) p.evaluate("() => document.getElementsByTagName('*').length")).intValue(),
                        results.getViolations().size(),
                        results.getViolations().stream().map(r -> r.getId() + ":" + r.getImpact()).toList(),
                        here.size(), (System.nanoTime() - start) / 1e9, String.join("", here));
                here.forEach(v -> found.add(scheme + ", " + width + " px: " + v));
            }
        }
        return found;
    }

    /** The rule sets audited: WCAG 2.0, 2.1 and 2.2 at levels A and AA (target size included), and best practices. */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    /**
     * The cells of heatmaps and strips: shapes inside a picture with role img, whose children are presentational
     * (WAI-ARIA), so no rule applies to them; a 32 × 384 map has 12,288 of them, and walking each in every rule made
     * one audit of /positions take minutes. The picture itself, its name and everything around it are audited.
     */
    private static final String CELLS = "svg.gb-heatmap > rect, svg.gb-strip > rect";

    /**
     * Vaadin's own tab strip ({@code vaadin-tabs}, the Python lessons' "Example / Exercise" switch): axe's
     * aria-required-children (critical) finds a focusable {@code div} among the children of its {@code tablist}; that
     * element is the component's, not Glassbox's, and cannot be changed from here. Only this element is left out; the
     * rule stays on for every page.
     */
    private static final String VAADIN_TABS = "vaadin-tabs";

    /** Asks axe for the details of violations only: passes of a 20,000-element page would be most of the work. */
    private static AxeRunOptions violationsOnly() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return options;
    }

    /** The perceived brightness (0–255) of a CSS rgb() colour. */
    private static double brightness(String rgb) {
        String[] c = rgb.replaceAll("[^0-9.,]", "").split(",");
        if (c.length < 3) {
            return -1;
        }
        return 0.299 * Double.parseDouble(c[0]) + 0.587 * Double.parseDouble(c[1]) + 0.114 * Double.parseDouble(c[2]);
    }

    /** A page's path with a lesson link cut short, for messages. */
    static String shortPath(String path) {
        return path.replaceAll("l=[^&]+", "l=…");
    }

    /** One violation, readable: the page, the rule, its impact, and up to three of the elements with why. */
    static String describe(String path, Rule rule) {
        StringBuilder s = new StringBuilder("\n" + shortPath(path) + ": " + rule.getId() + " ("
                + rule.getImpact() + ", " + rule.getNodes().size() + "×) " + rule.getHelp());
        for (CheckedNode node : rule.getNodes().stream().limit(3).toList()) {
            s.append("\n    ").append(node.getTarget()).append(" ").append(
                    node.getHtml().length() > 160 ? node.getHtml().substring(0, 160) + "…" : node.getHtml());
            String why = node.getFailureSummary();
            if (why != null) {
                s.append("\n      ").append(why.replace("\n", " "));
            }
        }
        return s.toString();
    }
}
