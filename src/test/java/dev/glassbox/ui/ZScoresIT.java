package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZScoresIT extends BrowserTest {

    /** The figures are tested here; their questions in {@link LessonQuestionsIT}. */
    @BeforeEach
    void showWithoutAnswering() {
        SkippedQuestions.install(page, this::idle);
    }

    /** The z-scores lesson, rooted at its main element. */
    private record ZScoresPage(Locator root) {
        Locator numbers() {
            return root.locator("#numbers textarea");
        }

        Locator summary() {
            return root.locator("#zscores-summary");
        }

        Locator rows() {
            return root.locator("#zscore-table tbody tr");
        }

        Locator notice() {
            return root.locator("#zscores-notice");
        }

        void type(String text) {
            numbers().fill(text);
            root.locator("#compute").click();
        }
    }

    private ZScoresPage lesson() {
        return new ZScoresPage(page.locator("main"));
    }

    @Test
    void typed_numbers_give_the_table_the_dot_plot_and_the_steps() {
        open("/zscores");
        ZScoresPage lesson = lesson();
        assertThat(lesson.rows()).hasCount(10);
        lesson.type("3, 5, 7");
        idle();
        // The API contract's example; Python statistics.pstdev([3,5,7]) = 1.632993…, NormalDist().cdf(-1.2247…) = 0.110335…
        assertThat(lesson.summary()).containsText("mean μ = 5, population σ = 1.6330, sample s = 2");
        assertThat(lesson.rows()).hasCount(3);
        assertThat(lesson.rows().first()).containsText("-1.2247");
        assertThat(lesson.rows().first()).containsText("0.1103");
        assertThat(lesson.rows().first()).containsText(Pattern.compile("1\\.22\\sstandard\\sdeviations\\sbelow\\sthe\\smean"));
        assertThat(lesson.root().locator("#dot-plot circle")).hasCount(3);
        assertThat(lesson.root().locator("#dot-plot .gb-summary")).containsText("3 z-scores");
        // Python: scipy.stats.percentileofscore([3, 5, 7], 3, kind="mean") / 100 = 1/6 = 0.1667 (the data's own rank).
        assertThat(lesson.rows().first()).containsText("0.1667");
        // The step by step is folded with the table it explains; opening it puts it in the link.
        assertThat(lesson.root().locator("#step-variance")).hasCount(0);
        lesson.root().locator("#fold-steps vaadin-details-summary").click();
        assertThat(lesson.root().locator("#step-variance")).containsText("σ² = Σ(x − μ)² / (n = 3) = 2.6667");
        assertThat(page).hasURL(Pattern.compile(".*/zscores\\?.*v=3.*open=steps.*"));
        tall();
        screenshot("zscores");
        screenshotParts("zscores");
        assertNoScriptRan();
    }

    @Test
    void the_sample_toggle_divides_by_n_minus_one() {
        open("/zscores?v=3,5,7&open=steps");
        page.locator("#sd-kind").getByText("Sample s").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*sd=sample.*"));
        // s = 2 for 3, 5, 7 (Python statistics.stdev), so z of 3 is exactly -1.
        assertThat(lesson().rows().first()).containsText("-1");
        assertThat(lesson().summary()).containsText("divide by the sample s");
        assertThat(lesson().root().locator("#step-variance")).containsText("s² = Σ(x − x̄)² / (n − 1 = 2)");
        // Sample symbols, and the z-scores' SD of the other kind, computed: python3 statistics.pstdev([-1, 0, 1]) = 0.8165.
        assertThat(lesson().summary()).containsText("mean x̄ = 5");
        assertThat(lesson().summary()).containsText("sample standard deviation 1 and population standard deviation 0.8165");
        assertThat(lesson().root().locator("#step-z")).containsText("z = (x − x̄) / s");
    }

    @Test
    void reloading_a_shared_two_group_link_restores_the_comparison() {
        open("/zscores?g=2&sd=population&xa=85&xb=45&v=" + java.net.URLEncoder.encode("75, 40\n80, 35\n70, 45\n85, 30\n65, 50",
                StandardCharsets.UTF_8));
        page.reload();
        idle();
        assertThat(page.locator("#score-a input")).hasValue("85");
        assertThat(page.locator("#groups vaadin-radio-button[checked]")).containsText("Two groups");
        // Group A: mean 75, population σ = √50 = 7.0711, so z(85) = 1.4142; group B: mean 40, σ = 7.0711, z(45) = 0.7071.
        assertThat(page.locator("#comparison")).containsText("85 has z = 1.4142");
        assertThat(page.locator("#comparison")).containsText("45 has z = 0.7071");
        assertThat(page.locator("#comparison")).containsText("The score in group A is the more remarkable");
        assertThat(page.locator("#zscore-table-b tbody tr")).hasCount(5);
        tall();
        screenshot("zscores-two-groups");
        screenshotParts("zscores-two-groups");
    }

    @Test
    void bad_numbers_get_one_sentence_and_keep_the_last_good_view() {
        open("/zscores?v=1,2,3");
        ZScoresPage lesson = lesson();
        lesson.type("1, two, 3");
        assertThat(lesson.notice()).hasText("“two” is not a number; please use digits, a decimal point (3.5, not 3,5) "
                + "and commas, spaces or new lines between numbers.");
        assertThat(page).hasURL(Pattern.compile(".*v=1%2C2%2C3.*|.*v=1,2,3.*"));
        // The table of the old numbers never stands under a message about the new ones (it did before the fix).
        assertThat(lesson.rows()).hasCount(0);
        assertThat(lesson.root().locator("#dot-plot")).hasCount(0);
        lesson.type("42");
        assertThat(lesson.notice()).containsText("One value is not enough");
        lesson.type("4 4 4");
        assertThat(lesson.notice()).containsText("All the values are equal, so the standard deviation is 0");
        lesson.type("1 NaN");
        assertThat(lesson.notice()).containsText("“NaN” is not a finite number");
        lesson.type("1 1e309");
        assertThat(lesson.notice()).containsText("“1e309” is too large");
        lesson.type("1 ".repeat(1001));
        assertThat(lesson.notice()).containsText("The list has 1001 values; Glassbox reads at most 1000");
        open("/zscores?v=" + "<b>x</b>");
        assertThat(lesson().notice()).containsText("“<b>x</b>” is not a number");
        assertNoScriptRan();
    }

    @Test
    void the_sentences_words_are_standardised_feature_by_feature() {
        open("/zscores");
        typeSentence("Tiny words beside extraordinarily long ones");
        Locator table = page.locator("#feature-table");
        assertThat(table).containsText("extraordinarily");
        // Lengths 4, 5, 6, 15, 4, 4: mean 6.3333, population σ = 3.9441, z(15) = 2.1974
        // (python3: statistics.pstdev([4,5,6,15,4,4]) = 3.94405…, (15 − 6.3333) / 3.94405 = 2.19740…).
        assertThat(table).containsText("2.1974");
        assertThat(page.locator("#features")).containsText("length (letters): μ = 6.3333, σ = 3.9441");
        assertThat(page).hasURL(Pattern.compile(".*s=Tiny.*"));
    }

    @Test
    void the_encoders_layer_norm_is_shown_as_a_z_score_table_and_the_link_keeps_the_token() {
        open("/zscores?s=The%20cat%20sat%20on%20the%20mat.&tok=2&open=layernorm-steps");
        Locator summary = page.locator("#layernorm-summary");
        // The encoder loads in the background from start-up; the section fills in by itself when it is ready.
        assertThat(summary).containsText("“cat”: its 384 numbers have mean",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        assertThat(summary).containsText("mean 0 and standard deviation 1");
        assertThat(summary).containsText("divided by n = 384");
        assertThat(page.locator("#layernorm")).containsText("ε = 1.000e-12");
        assertThat(page.locator("#layernorm")).containsText("post-LN");
        assertThat(page.locator("#layernorm-step-scale-shift")).isVisible();
        page.reload();
        idle();
        assertThat(summary).containsText("“cat”");
        open("/zscores?s=Hi&tok=99");
        assertThat(page.locator("#layernorm-notice")).containsText("token must be a number from 0 to 2");
        assertThat(summary).containsText("“hi”");
    }

    @Test
    void a_longer_new_sentence_or_a_right_to_left_one_never_breaks_the_layer_norm_section() {
        open("/zscores");
        Locator summary = page.locator("#layernorm-summary");
        assertThat(summary).containsText("its 384 numbers",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        // Before the fix: "Index 13 out of bounds for length 13" from the token menu of the previous sentence.
        for (String sentence : new String[] {
            "The animal didn't cross the street because it was too tired and hungry after walking all day.",
            "القطة لم تعبر الشارع لأنها كانت متعبة جدا وجائعة بعد المشي طوال اليوم.",
            "החתול לא חצה את הרחוב כי הוא היה עייף מאוד ורעב אחרי יום שלם של הליכה."}) {
            typeSentence(sentence);
            assertThat(page.locator("#sentence input")).hasValue(sentence);
            assertThat(summary).containsText("its 384 numbers");
            assertThat(page.locator("#feature-table")).isVisible();
        }
        assertNoScriptRan();
    }

    @Test
    void the_lesson_fits_a_phone_without_sideways_scroll() {
        for (int width : new int[] {1280, 390, 360}) {
            page.setViewportSize(width, 900);
            open("/zscores");
        assertThat(page.locator("#layernorm-summary")).containsText("its 384 numbers",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
            // The layout scrolls inside itself: the page's height is its tallest scrolling box.
            int height = ((Number) page.evaluate("() => Math.max(document.documentElement.scrollHeight, "
                    + "...[...document.querySelectorAll('*')].map(e => e.scrollHeight))")).intValue();
            System.out.println("Page height of /zscores at " + width + " px: " + height + " px");
            org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate(
                    "() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(width);
            page.setViewportSize(width, Math.min(height, 16_000));
            idle();
            screenshot("zscores-" + width);
        }
    }

    /** Text in {@code main} (text nodes, labels, tooltips, placeholders) that has an unaccented English-looking word. */
    static final String UNACCENTED = "() => {\n" +
            "  const words = t => /\\b(?=[A-Za-z]*[aeiouAEIOU])[A-Za-z]{4,}\\b/.test(t);\n" +
            "  const out = [];\n" +
            "  const walk = root => {\n" +
            "    for (const e of root.querySelectorAll('*')) {\n" +
            "      for (const n of e.childNodes) {\n" +
            "        if (n.nodeType === 3 && n.parentElement && !['SCRIPT', 'STYLE'].includes(n.parentElement.tagName)) {\n" +
            "          const t = n.textContent.trim();\n" +
            "          if (words(t)) out.push(t);\n" +
            "        }\n" +
            "      }\n" +
            "      for (const a of ['aria-label', 'title', 'placeholder', 'label', 'helper-text']) {\n" +
            "        const v = e.getAttribute(a);\n" +
            "        if (v && words(v)) out.push('@' + a + ': ' + v);\n" +
            "      }\n" +
            "      if (e.shadowRoot && e.tagName.startsWith('GB-')) walk(e.shadowRoot);\n" +
            "    }\n" +
            "  };\n" +
            "  walk(document.querySelector('main'));\n" +
            "  return [...new Set(out)];\n" +
            "}\n";

    @Test
    void in_spanish_the_page_its_sentences_and_its_numbers_are_spanish_and_the_link_keeps_the_language() {
        LessonText es = LessonText.of("zscores", Language.SPANISH);
        open("/zscores?lang=es&v=3,5,7");
        assertThat(page.locator("h1")).hasText(es.plain("page-heading"));
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("es");
        // σ = √(((3 − 5)² + 0 + (7 − 5)²) / 3) = √(8/3) (python3: statistics.pstdev([3, 5, 7]) = 1.632993…), written
        // with Java's own Spanish formatting: a decimal comma.
        String sigma = String.format(java.util.Locale.forLanguageTag("es"), "%.4f", Math.sqrt(8.0 / 3));
        org.assertj.core.api.Assertions.assertThat(sigma).isEqualTo("1,6330");
        assertThat(page.locator("#zscores-summary")).containsText("σ de la población = " + sigma);
        assertThat(page.locator("#zscores-summary")).containsText(es.plain("summary-population", Map.of("prefix", "",
                "n", 3, "mean", "5", "sigma", sigma, "s", "2", "other", "1,2247", "top", "7", "phi", "0,8897",
                "rank", "0,8333")).strip());
        // z of 3 = −2 / 1.632993 = −1.2247: the reading column says it in Spanish.
        assertThat(page.locator("#zscore-table tbody tr").first())
                .containsText(Pattern.compile(es.plain("below-sds", Map.of("amount", "1,22")).replace(" ", "\\s")));
        page.locator("#sd-kind").getByText(es.plain("sd-sample")).click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*sd=sample.*"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]lang=es(&.*|$)"));
        assertThat(page.locator("#zscores-summary")).containsText(es.plain("summary-sample", Map.of("prefix", "",
                "n", 3, "mean", "5", "sigma", sigma, "s", "2", "other", "0,8165", "top", "7", "phi", "0,8413",
                "rank", "0,8333")).strip());
        screenshot("zscores-es");
    }

    @Test
    void in_pseudo_english_every_word_of_the_page_comes_from_the_lesson_file_and_a_phone_needs_no_sideways_scroll() {
        page.setViewportSize(360, 900);
        open("/zscores?lang=en-XA&v=72,31%0A85,38%0A64,27&g=2&open=steps");
        assertThat(page.locator("#layernorm-summary")).containsText("384",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        @SuppressWarnings("unchecked")
        List<String> left = (List<String>) page.evaluate(UNACCENTED);
        System.out.println("Unaccented text on /zscores in pseudo-English: " + left);
        // What may stay unaccented: the sentence's own words and tokens, the model's name, formulas and ids.
        // The sentence box is empty: the page reads the sentence it shows as its placeholder.
        String typed = page.locator("#sentence input").inputValue() + " " + page.locator("#sentence").getAttribute("placeholder");
        List<String> sentence = new java.util.ArrayList<>();
        for (String w : typed.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                sentence.add(w);
                sentence.add(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        org.assertj.core.api.Assertions.assertThat(left).as("text not from a lesson file")
                .allSatisfy(t -> org.assertj.core.api.Assertions.assertThat(t)
                        .matches(s -> NormalIT.allowed(s, sentence), "is the learner's text, a token or a name"));
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate(
                "() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
    }
}
