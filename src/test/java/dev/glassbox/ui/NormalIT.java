package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NormalIT extends BrowserTest {

    /** The figures are tested here; their questions in {@link LessonQuestionsIT}. */
    @BeforeEach
    void showWithoutAnswering() {
        SkippedQuestions.install(page, this::idle);
    }

    private void set(String id, String value) {
        page.locator("#" + id + " input").fill(value);
        page.locator("#" + id + " input").press("Enter");
        idle();
    }

    @Test
    void the_standard_normal_shows_its_area_bands_rule_and_formula() {
        open("/normal");
        // Python: NormalDist().cdf(1) - NormalDist().cdf(-1) = 0.6826894921370859
        assertThat(page.locator("#probability")).containsText("= 0.6827");
        assertThat(page.locator("#bell svg path")).not().hasCount(0);
        assertThat(page.locator("#bell .gb-plot-area path")).hasCount(1);
        // Python: NormalDist().cdf(k) - NormalDist().cdf(-k) for k = 2, 3: 0.9544997…, 0.9973002…
        assertThat(page.locator("#empirical-rule")).containsText("0.9545");
        assertThat(page.locator("#empirical-rule")).containsText("0.9973");
        // The formula with the learner's numbers is folded until asked for; the fold's state goes into the link.
        assertThat(page.locator("#formula")).hasCount(0);
        page.locator("#fold-formula vaadin-details-summary").click();
        assertThat(page.locator("#formula")).containsText("f(a) = f(-1) = 0.2420");
        assertThat(page).hasURL(Pattern.compile(".*[?&]open=formula(&.*|$)"));
        // Python: NormalDist().inv_cdf(0.975) = 1.959963984540054
        assertThat(page.locator("#inverse")).containsText("= 1.9600");
        assertThat(page.locator("#bell .gb-summary")).containsText("P(a ≤ X ≤ b) = 0.6827");
        assertThat(page.locator("#qq-plot .gb-plot-points circle")).hasCount(10);
        tall();
        screenshot("normal");
        screenshotParts("normal");
        assertNoScriptRan();
    }

    @Test
    void typed_parameters_change_the_curve_and_the_link() {
        open("/normal?open=formula");
        set("mu", "100");
        set("sigma", "15");
        set("a", "85");
        set("b", "130");
        set("p", "0.9");
        // Python: NormalDist(100, 15).cdf(130) - NormalDist(100, 15).cdf(85) = 0.8185946141203637;
        // NormalDist(100, 15).inv_cdf(0.9) = 119.22327348316901
        assertThat(page.locator("#probability")).containsText("= 0.8186");
        assertThat(page.locator("#inverse")).containsText("= 119.2233");
        assertThat(page.locator("#formula")).containsText("1 / (15 · √(2π))");
        for (String parameter : new String[] {"mu=100", "sigma=15", "a=85", "b=130", "p=0\\.9"}) {
            assertThat(page).hasURL(Pattern.compile(".*[?&]" + parameter + "(&.*|$)"));
        }
    }

    @Test
    void the_sigma_slider_widens_the_curve() {
        open("/normal");
        page.locator("#sigma-slider").fill("3");
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]sigma=3(&.*|$)"));
        assertThat(page.locator("#sigma input")).hasValue("3");
        // Python: NormalDist(0, 3).cdf(1) - NormalDist(0, 3).cdf(-1) = 0.26111731963647267
        assertThat(page.locator("#probability")).containsText("= 0.2611");
    }

    @Test
    void the_home_page_has_a_card_for_each_statistics_lesson() {
        open("/?s=Tiny%20words%20beside%20extraordinarily%20long%20ones");
        assertThat(page.locator("#card-zscores")).containsText("“extraordinarily” is the longest, z = 2.1974");
        assertThat(page.locator("#card-zscores circle")).hasCount(6);
        assertThat(page.locator("#card-normal")).containsText("68.3% of it lies within one standard deviation");
        page.locator("#card-zscores a").click();
        idle();
        // The card opens the lesson on the word lengths it describes.
        assertThat(page.locator("#numbers textarea")).hasValue("4, 5, 6, 15, 4, 4");
        assertThat(page.locator("#zscore-table")).containsText("2.1974");
        page.goBack();
        idle();
        page.locator("#card-normal a").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*/normal\\?.*s=Tiny.*"));
        assertThat(page.locator("#lesson-menu")).containsText("z-scores");
        assertThat(page.locator("#lesson-menu")).containsText("Normal distribution");
        tall();
        screenshot("home-statistics");
    }

    @Test
    void the_clt_simulator_runs_and_a_shared_link_restores_it() {
        open("/normal");
        page.locator("#clt-source").click();
        page.locator("vaadin-select-item").getByText("exponential").click();
        page.locator("#clt-n input").fill("30");
        page.locator("#clt-samples input").fill("2000");
        page.locator("#clt-seed input").fill("7");
        page.locator("#clt-run").click();
        idle();
        for (String parameter : new String[] {"src=exponential", "n=30", "k=2000", "seed=7"}) {
            assertThat(page).hasURL(Pattern.compile(".*[?&]" + parameter + "(&.*|$)"));
        }
        // Exponential with mean 1 has σ = 1, so σ/√n = 1/√30 = 0.18257… (Python: 1 / math.sqrt(30)).
        assertThat(page.locator("#clt-numbers")).containsText("σ/√n = 1 / √30 = 0.1826");
        assertThat(page.locator("#clt-histogram .gb-plot-bars rect")).not().hasCount(0);
        String first = page.locator("#clt-numbers").textContent();
        tall();
        screenshot("normal-clt");
        screenshotParts("normal-clt");

        page.reload();
        idle();
        assertThat(page.locator("#clt-n input")).hasValue("30");
        assertThat(page.locator("#clt-numbers")).hasText(first);

        page.locator("#clt-reseed").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*seed=8.*"));
        assertThat(page.locator("#clt-numbers")).not().hasText(first);
        assertNoScriptRan();
    }

    @Test
    void bad_parameters_get_one_sentence_each() {
        open("/normal?mu=5&sigma=2");
        set("sigma", "0");
        assertThat(page.locator("#normal-notice")).containsText("The standard deviation σ must be greater than 0");
        assertThat(page).hasURL(Pattern.compile(".*sigma=2.*"));
        set("sigma", "2");
        set("a", "9");
        assertThat(page.locator("#normal-notice")).containsText("a must not be greater than b");
        set("a", "abc");
        assertThat(page.locator("#normal-notice")).containsText("The lower end a must be a number such as 2.5, but it is “abc”.");
        open("/normal?sigma=-1&n=5000&src=normal");
        assertThat(page.locator("#normal-notice")).containsText("greater than 0");
        assertThat(page.locator("#normal-notice")).containsText("sample size n must be a whole number from 1 to 100");
        assertThat(page.locator("#normal-notice")).containsText("source must be one of");
        assertThat(page.locator("#probability")).containsText("= 0.6827");
        page.locator("#clt-n input").fill("500");
        page.locator("#clt-run").click();
        assertThat(page.locator("#clt-notice")).containsText("from 1 to 100");
        page.locator("#data textarea").fill("5");
        page.locator("#data textarea").blur();
        assertThat(page.locator("#data-notice")).containsText("One value is not enough");
        assertNoScriptRan();
    }

    @Test
    void out_of_range_simulation_boxes_get_a_sentence_and_the_old_histogram_goes() {
        String[][] cases = {
            {"clt-n", "0", "The number of draws per sample n must be a whole number from 1 to 100"},
            {"clt-seed", "-5", "The seed must be a whole number from 0 to 999999999"},
            {"clt-samples", "10000000", "The number of samples must be a whole number from 1 to 5000"},
            {"clt-samples", "1e999", "The number of samples must be a whole number from 1 to 5000"},
            {"clt-n", "2.5", "The number of draws per sample n must be a whole number from 1 to 100"},
        };
        for (String[] c : cases) {
            open("/normal");
            assertThat(page.locator("#clt-histogram")).isVisible();
            page.locator("#" + c[0] + " input").fill(c[1]);
            page.locator("#clt-run").click();
            idle();
            assertThat(page.locator("#clt-notice")).containsText(c[2]);
            assertThat(page.locator("#clt-notice")).containsText("“" + c[1] + "”");
            // The figures of the old input never stand under a message about the new one.
            assertThat(page.locator("#clt-histogram")).hasCount(0);
            assertThat(page.locator("#clt-numbers")).hasCount(0);
        }
    }

    @Test
    void a_mean_too_far_out_to_draw_is_refused_with_the_limit_the_api_also_uses() {
        List<String> console = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                console.add(m.text());
            }
        });
        // Before the fix: 1e100 was accepted, the curve was blank and the page logged 13 NaN errors.
        open("/normal?mu=1e100");
        assertThat(page.locator("#normal-notice")).containsText("The mean μ must be between −100,000 and 100,000");
        assertThat(page.locator("#probability")).containsText("= 0.6827");
        set("mu", "1e100");
        assertThat(page.locator("#normal-notice")).containsText("The mean μ must be between −100,000 and 100,000");
        set("mu", "100000");
        set("sigma", "0.5");
        assertThat(page.locator("#normal-notice")).containsText("at least |μ| / 100,000 = 1");
        set("sigma", "1");
        set("b", "100001");
        set("a", "99999");
        assertThat(page.locator("#normal-notice")).isHidden();
        assertThat(page).hasURL(Pattern.compile(".*[?&]mu=100000(&.*|$)"));
        // Python: NormalDist(100000, 1).cdf(100001) - NormalDist(100000, 1).cdf(99999) = 0.6826894921370859
        assertThat(page.locator("#probability")).containsText("= 0.6827");
        assertThat(page.locator("#bell .gb-plot-area path")).hasCount(1);
        org.assertj.core.api.Assertions.assertThat(page.locator("#bell svg").innerHTML()).doesNotContain("NaN");
        org.assertj.core.api.Assertions.assertThat(console).as("console errors").isEmpty();
        assertNoScriptRan();
    }

    @Test
    void the_lesson_fits_a_phone_without_sideways_scroll() {
        for (int width : new int[] {1280, 390, 360}) {
            page.setViewportSize(width, 900);
            open("/normal");
        assertThat(page.locator("#clt-histogram")).isVisible();
            // The layout scrolls inside itself: the page's height is its tallest scrolling box.
            int height = ((Number) page.evaluate("() => Math.max(document.documentElement.scrollHeight, "
                    + "...[...document.querySelectorAll('*')].map(e => e.scrollHeight))")).intValue();
            System.out.println("Page height of /normal at " + width + " px: " + height + " px");
            org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate(
                    "() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(width);
            page.setViewportSize(width, Math.min(height, 16_000));
            idle();
            screenshot("normal-" + width);
        }
    }

    @Test
    void the_q_q_guide_opens_from_the_link_with_a_bow_and_two_s_shapes_from_seeded_data() {
        open("/normal?open=qq-guide");
        Locator guide = page.locator("#fold-qq-guide");
        assertThat(guide).hasAttribute("opened", "");
        assertThat(guide).containsText("A bow: skew");
        assertThat(guide).containsText("An S: heavy tails");
        assertThat(guide).containsText("An S the other way round: light tails");
        for (int i = 0; i < 3; i++) {
            assertThat(page.locator("#qq-example-" + i + " .gb-plot-points circle")).hasCount(200);
        }
        guide.locator("vaadin-details-summary").click();
        idle();
        assertThat(page).not().hasURL(Pattern.compile(".*open=.*"));
        open("/normal?open=qq-guide");
        tall();
        screenshot("normal-qq-guide");
        assertNoScriptRan();
    }

    @Test
    void in_spanish_the_page_its_sentences_and_its_numbers_are_spanish_and_the_link_keeps_the_language() {
        LessonText es = LessonText.of("normal", Language.SPANISH);
        open("/normal?lang=es");
        assertThat(page.locator("h1")).hasText(es.plain("page-heading"));
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("es");
        // Python: NormalDist().cdf(1) - NormalDist().cdf(-1) = 0.6826894921370859, written with Java's own Spanish
        // formatting (a decimal comma).
        String area = String.format(java.util.Locale.forLanguageTag("es"), "%.4f", 0.6826894921370859);
        org.assertj.core.api.Assertions.assertThat(area).isEqualTo("0,6827");
        assertThat(page.locator("#probability")).containsText(es.plain("probability-result", Map.of("a", "-1", "b", "1",
                "fb", "0,8413", "fa", "0,1587", "p", area, "percent", "68,3\u00a0%", "za", "-1", "zb", "1")));
        // Python: NormalDist().inv_cdf(0.975) = 1.959963984540054
        assertThat(page.locator("#inverse")).containsText("= 1,9600");
        // The density axis of N(0, 1) runs to 0.399 · 1.08: its ticks 0.1 … 0.4 are written with a decimal comma too.
        assertThat(page.locator("#bell .gb-plot-axis")).containsText("0,1");
        assertThat(page.locator("#clt-run")).hasText(es.plain("run"));
        set("mu", "1");
        assertThat(page).hasURL(Pattern.compile(".*[?&]mu=1(&.*|$)"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]lang=es(&.*|$)"));
        assertThat(page.locator("h1")).hasText(es.plain("page-heading"));
        set("sigma", "0");
        assertThat(page.locator("#normal-notice")).containsText(es.plain("error-sd-positive"));
        screenshot("normal-es");
    }

    /**
     * Words the shared page parts (ui.base: contents, questions, downloads, the sentence box, the step-by-step values)
     * write themselves; they are translated with those parts, not with this lesson.
     */
    static final List<String> SHARED = List.of("On this page", "On this page:", "Predict, then check", "Check",
            "Show without answering", "Download this figure as a picture (SVG, PNG) or its numbers (CSV)", "Download",
            "Download this figure", "SVG picture", "PNG picture (2×)", "CSV numbers", "Numbers as a table", "Your sentence",
            "Type any sentence (up to 500 characters) and press Enter.", "Your answer", "value",
            "Hover, or focus and use the arrow keys, to read a value.");
    static final Pattern SHARED_SENTENCES = Pattern.compile("(The answer: |Counts as right within |The value is "
            + "|Reads: |A vector of |Colour: ).*");

    /** Text that may stay unaccented in pseudo-English: numbers, formulas, code, the learner's words, names. */
    static boolean allowed(String text, List<String> sentence) {
        String shown = text.replaceFirst("^@[a-z-]+: ", "");
        if (SHARED.contains(shown) || SHARED_SENTENCES.matcher(shown).matches() || shown.contains("\\")
                || shown.startsWith("/")) {
            return true; // a shared part's words, a formula's TeX (an aria-label), an address
        }
        // Words with an accented letter came from a lesson file; of the rest, only whole words of the sentence or names.
        String rest = shown.replaceAll("\\p{L}*[\\p{L}&&[^A-Za-z]]\\p{L}*", " ");
        java.util.regex.Matcher word = Pattern.compile("\\b(?=[A-Za-z]*[aeiouAEIOU])[A-Za-z]{4,}\\b").matcher(rest);
        List<String> names = List.of("MiniLM", "LayerNorm", "BERT", "Glassbox", "Student", "Chebyshev", "Bessel");
        while (word.find()) {
            if (!sentence.contains(word.group()) && !names.contains(word.group())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void in_pseudo_english_every_word_of_the_page_comes_from_the_lesson_file_and_a_phone_needs_no_sideways_scroll() {
        page.setViewportSize(360, 900);
        open("/normal?lang=en-XA&open=formula,qq-guide");
        assertThat(page.locator("#clt-histogram")).isVisible();
        @SuppressWarnings("unchecked")
        List<String> left = (List<String>) page.evaluate(ZScoresIT.UNACCENTED);
        System.out.println("Unaccented text on /normal in pseudo-English: " + left);
        org.assertj.core.api.Assertions.assertThat(left).as("text not from a lesson file")
                .allSatisfy(t -> org.assertj.core.api.Assertions.assertThat(t)
                        .matches(s -> allowed(s, List.of()), "is a number, a formula or a name"));
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate(
                "() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
    }
}
