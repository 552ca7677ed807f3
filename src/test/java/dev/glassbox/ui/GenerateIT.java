package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.decoder.Generation;
import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The generation lesson: Step, Play, the settings that reshape a step's distribution, and links that replay a text. */
class GenerateIT extends BrowserTest {

    /** The figures are tested here; their questions in {@link LessonQuestionsIT}. */
    @BeforeEach
    void showWithoutAnswering() {
        SkippedQuestions.install(page, this::idle);
    }

    private static final String PROMPT = "Call me Ishmael. Some years ago";

    @Autowired
    private CharDecoder model;

    /** The lesson, rooted at its main element. */
    private record Lesson(Locator root) {
        Locator written() {
            return root.locator("#generated-text .gb-gen-char");
        }

        Locator rows() {
            return root.locator("#distribution .gb-dist-row");
        }

        Locator kept() {
            return root.locator("#distribution .gb-dist-row:not(.gb-dist-cut)");
        }

        Locator cut() {
            return root.locator("#distribution .gb-dist-row.gb-dist-cut");
        }

        Locator status() {
            return root.locator("#generate-status");
        }

        Locator title() {
            return root.locator("#distribution-title");
        }

        Locator settingsNotice() {
            return root.locator("#settings-notice");
        }

        /** Types into one of the settings' fields and presses Enter. */
        void set(String id, String value) {
            root.locator("#" + id + " input").fill(value);
            root.locator("#" + id + " input").press("Enter");
        }
    }

    private Lesson lesson() {
        return new Lesson(page.locator("main"));
    }

    /** The written text as the page shows it. */
    private String writtenText() {
        return String.join("", lesson().written().allTextContents());
    }

    /** The reference: what {@link Generation#generate} writes for the same prompt, settings and seed. */
    private String generated(String prompt, int steps, Sampling sampling, long seed) {
        return Generation.generate(model, model.encode(prompt), steps, sampling, seed, s -> { }).stream()
                .map(s -> model.vocabulary().symbol(s.chosen().id())).collect(Collectors.joining());
    }

    @Test
    void step_appends_one_character_and_shows_the_distribution_it_was_drawn_from() {
        open("/generate?s=" + encode(PROMPT));
        Lesson lesson = lesson();
        assertThat(lesson.status()).hasText("Nothing written yet: press Step or Play.");
        assertThat(lesson.title()).hasText("What the model expects first");
        assertThat(lesson.rows()).hasCount(model.vocabulary().size());
        page.locator("#step").click();
        idle();
        assertThat(lesson.written()).hasCount(1);
        assertThat(page).hasURL(Pattern.compile(".*[?&]steps=1(&.*)?$"));
        String first = lesson.written().first().textContent();
        assertThat(lesson.title()).hasText("Where character 1, “" + (first.equals(" ") ? "␣" : first) + "”, was drawn from");
        assertThat(lesson.rows()).hasCount(model.vocabulary().size());
        assertThat(lesson.root().locator("#distribution .gb-dist-chosen")).hasCount(1);
        assertThat(lesson.root().locator("#distribution .gb-dist-chosen")).containsText("drawn");
        assertThat(lesson.root().locator("#draw-sentence")).containsText("u = ");
        org.assertj.core.api.Assertions.assertThat(first).isEqualTo(generated(PROMPT, 1, Sampling.PLAIN, 0));
        page.locator("#step").click();
        idle();
        assertThat(lesson.written()).hasCount(2);
        assertThat(lesson.title()).containsText("Where character 2");
        assertNoScriptRan();
    }

    @Test
    void greedy_keeps_one_candidate_and_top_k_three_keeps_three() {
        open("/generate?s=" + encode(PROMPT) + "&steps=5");
        Lesson lesson = lesson();
        assertThat(lesson.written()).hasCount(5);
        assertThat(lesson.kept()).hasCount(model.vocabulary().size());
        lesson.set("temperature", "0");
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]temperature=0&.*"));
        assertThat(page.locator("#temperature-slider")).hasValue("0");
        assertThat(lesson.kept()).hasCount(1);
        assertThat(lesson.cut()).hasCount(model.vocabulary().size() - 1);
        assertThat(lesson.cut().first()).containsText("cut by greedy");
        assertThat(lesson.root().locator("#kept-sentence")).containsText("τ = 0 is greedy");
        org.assertj.core.api.Assertions.assertThat(writtenText()).isEqualTo(generated(PROMPT, 5, new Sampling(0, 0, 1), 0));
        lesson.set("temperature", "1");
        lesson.set("top-k", "3");
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]topK=3&.*"));
        assertThat(lesson.kept()).hasCount(3);
        assertThat(lesson.cut()).hasCount(model.vocabulary().size() - 3);
        assertThat(lesson.cut().last()).containsText("cut by top-k");
        assertThat(lesson.root().locator("#kept-sentence")).containsText("top-k = 3 cuts " + (model.vocabulary().size() - 3));
        org.assertj.core.api.Assertions.assertThat(writtenText()).isEqualTo(generated(PROMPT, 5, new Sampling(1, 3, 1), 0));
        screenshot("generate-top-k");
        assertNoScriptRan();
    }

    @Test
    void play_writes_thirty_characters_one_after_another() {
        open("/generate?s=" + encode(PROMPT) + "&temperature=0.8&seed=5&play=30");
        Lesson lesson = lesson();
        // Count the written characters every time the text changes, to see it grow rather than appear at once.
        page.evaluate("""
                () => {
                  window.__counts = [];
                  const text = document.getElementById('generated-text');
                  new MutationObserver(() => window.__counts.push(text.querySelectorAll('.gb-gen-char').length))
                      .observe(text, {childList: true});
                }""");
        page.locator("#play").click();
        assertThat(page.locator("#play")).hasText("Stop");
        assertThat(lesson.status()).hasText(Pattern.compile("^30 characters written.*"), new com.microsoft.playwright
                .assertions.LocatorAssertions.HasTextOptions().setTimeout(120_000));
        try {
            assertThat(lesson.written()).hasCount(30);
        } catch (AssertionError e) {
            screenshot("generate-play-failed");
            System.out.println("PLAY DIAGNOSTICS: " + page.evaluate("() => window.__counts") + " / "
                    + page.locator("#generated-text").innerHTML());
            throw e;
        }
        assertThat(page.locator("#play")).hasText("Play");
        @SuppressWarnings("unchecked")
        List<Number> counts = (List<Number>) page.evaluate("() => window.__counts");
        List<Integer> between = counts.stream().map(Number::intValue).filter(c -> c > 0 && c < 30).distinct().toList();
        org.assertj.core.api.Assertions.assertThat(between).as("counts seen while Play wrote").hasSizeGreaterThanOrEqualTo(3);
        assertThat(page).hasURL(Pattern.compile(".*[?&]steps=30(&.*)?$"));
        org.assertj.core.api.Assertions.assertThat(writtenText())
                .isEqualTo(generated(PROMPT, 30, new Sampling(0.8, 0, 1), 5));
        assertNoScriptRan();
    }

    @Test
    void stop_keeps_what_play_has_written_so_far() {
        open("/generate?s=" + encode(PROMPT) + "&play=200");
        Lesson lesson = lesson();
        page.locator("#play").click();
        page.waitForCondition(() -> lesson.written().count() >= 3);
        page.locator("#play").click(); // now "Stop"
        idle();
        assertThat(page.locator("#play")).hasText("Play");
        int written = lesson.written().count();
        org.assertj.core.api.Assertions.assertThat(written).isBetween(3, 199);
        assertThat(page).hasURL(Pattern.compile(".*[?&]steps=" + written + "(&.*)?$"));
        assertThat(lesson.status()).hasText(Pattern.compile("^" + written + " characters written.*"));
        page.waitForTimeout(500);
        assertThat(lesson.written()).hasCount(written); // and nothing more is written after Stop
    }

    @Test
    void reloading_a_shared_link_replays_exactly_the_same_text_and_step() {
        String link = "/generate?s=" + encode(PROMPT) + "&temperature=1.2&topK=20&topP=0.9&seed=7&steps=40";
        open(link);
        Lesson lesson = lesson();
        assertThat(lesson.written()).hasCount(40);
        String text = writtenText();
        org.assertj.core.api.Assertions.assertThat(text).isEqualTo(generated(PROMPT, 40, new Sampling(1.2, 20, 0.9), 7));
        lesson.written().nth(11).click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]t=12(&.*)?$"));
        assertThat(lesson.title()).containsText("Where character 12");
        String draw = lesson.root().locator("#draw-sentence").textContent();
        page.reload();
        idle();
        assertThat(lesson.written()).hasCount(40);
        org.assertj.core.api.Assertions.assertThat(writtenText()).isEqualTo(text);
        assertThat(lesson.title()).containsText("Where character 12");
        assertThat(lesson.root().locator("#draw-sentence")).hasText(draw);
        assertThat(lesson.root().locator("#generated-text .gb-gen-shown")).hasCount(1);
        // a new seed rewrites the same number of characters, and says how much came out the same
        page.locator("#another-seed").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]seed=8&.*"));
        assertThat(lesson.written()).hasCount(40);
        org.assertj.core.api.Assertions.assertThat(writtenText()).isEqualTo(generated(PROMPT, 40, new Sampling(1.2, 20, 0.9), 8));
        assertNoScriptRan();
    }

    @Test
    void values_out_of_range_get_one_sentence_and_the_view_stays() {
        open("/generate?s=" + encode(PROMPT) + "&steps=3");
        Lesson lesson = lesson();
        Map<String, String> bad = Map.of(
                "temperature", "The temperature must be a number from 0 to 10.",
                "top-k", "Top-k must be 0 (off) or a positive whole number.",
                "top-p", "Top-p must be more than 0 and at most 1 (1 = off).");
        bad.forEach((field, sentence) -> {
            open("/generate?s=" + encode(PROMPT) + "&steps=3");
            lesson.set(field, field.equals("top-k") ? "2.5" : field.equals("top-p") ? "0" : "11");
            idle();
            assertThat(lesson.settingsNotice()).hasText(sentence);
            assertThat(lesson.rows()).hasCount(model.vocabulary().size());
            assertThat(lesson.written()).hasCount(3);
        });
        open("/generate?s=" + encode(PROMPT) + "&steps=3");
        lesson.set("top-k", "80");
        idle();
        assertThat(lesson.settingsNotice()).hasText("Top-k must be at most 75, the number of characters the model knows.");
        lesson.set("top-k", "0");
        lesson.set("seed", "seven");
        idle();
        assertThat(lesson.settingsNotice()).hasText("The seed must be a whole number.");
        lesson.set("play-count", "500");
        idle();
        assertThat(lesson.root().locator("#play-notice"))
                .hasText("The number of characters to play must be a whole number from 1 to 200.");
        open("/generate?s=" + encode(PROMPT) + "&temperature=-1&topK=x&steps=999");
        assertThat(lesson.root().locator("#generate-notice")).containsText("The link's temperature must be a number from 0 to 10; showing 1 instead.");
        assertThat(lesson.root().locator("#generate-notice")).containsText("The link's top-k must be a whole number from 0 to 75");
        assertThat(lesson.rows()).hasCount(model.vocabulary().size());
        String tooLong = "Call me Ishmael. ".repeat(18);
        typeSentence(tooLong);
        assertThat(lesson.root().locator("#generate-notice")).hasText("The prompt has " + tooLong.length()
                + " characters; the model reads at most " + model.context() + " at once, so please shorten it.");
        assertThat(lesson.root().locator("#generate-result")).isHidden();
        typeSentence("Café 🐋 whale");
        assertThat(lesson.root().locator("#generate-result")).isVisible();
        assertThat(lesson.root().locator("#prompt-sentence")).containsText("2 of them are not among the "
                + (model.vocabulary().size() - 1) + " characters");
        assertThat(lesson.root().locator("#generated-text .gb-gen-unknown")).hasCount(2);
        assertThat(lesson.root().locator("#generated-text .gb-gen-prompt")).hasText("Caf\uFFFD \uFFFD whale");
        assertNoScriptRan();
    }

    @Test
    void the_lesson_fits_a_phone() {
        for (int width : List.of(390, 360)) {
            phone(width);
            open("/generate?s=" + encode(PROMPT) + "&steps=20&open=greedy");
            assertThat(lesson().written()).hasCount(20);
            assertThat(page.locator("#greedy-loop")).not().containsText("Writing…", new com.microsoft.playwright
                    .assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) page.evaluate("""
                    () => { const main = document.querySelector('vaadin-app-layout > :not([slot])');
                            return {page: document.documentElement.scrollWidth, inner: innerWidth,
                                    main: main.scrollWidth, box: main.clientWidth}; }""");
            org.assertj.core.api.Assertions.assertThat(((Number) m.get("page")).intValue()).as("page at " + width)
                    .isLessThanOrEqualTo(((Number) m.get("inner")).intValue());
            org.assertj.core.api.Assertions.assertThat(((Number) m.get("main")).intValue()).as("lesson at " + width)
                    .isLessThanOrEqualTo(((Number) m.get("box")).intValue() + 1);
            screenshot("generate-phone-" + width);
        }
        assertNoScriptRan();
    }

    @Test
    void in_spanish_the_lesson_speaks_spanish_writes_decimal_commas_and_its_link_keeps_the_language() {
        open("/generate?s=" + encode(PROMPT) + "&lang=es");
        LessonText es = LessonText.of("generate", Language.SPANISH);
        Lesson lesson = lesson();
        assertThat(lesson.root().locator("h1")).hasText(es.plain("heading"));
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("es");
        assertThat(lesson.status()).hasText(es.plain("status-nothing"));
        assertThat(lesson.title()).hasText(es.plain("distribution-first"));
        assertThat(page.locator("#step")).hasText(es.plain("button-step"));
        // The most likely first character's probability at τ = 1, by this test's own softmax of the model's logits,
        // with four decimals and a decimal comma.
        float[] z = model.nextLogits(model.encode(PROMPT));
        double top = dev.glassbox.ReferenceSoftmax.largest(z);
        String shown = String.format(Locale.forLanguageTag("es"), "%.4f", top);
        org.assertj.core.api.Assertions.assertThat(shown).contains(",");
        assertThat(lesson.root().locator("#temperature-sentence")).containsText("el modelo le da " + shown + " (τ = 1)");
        assertThat(lesson.root().locator("#distribution .gb-dist-key")).containsText(es.plain("bars-key-drawn"));
        page.locator("#step").click();
        idle();
        assertThat(lesson.written()).hasCount(1);
        assertThat(page).hasURL(Pattern.compile(".*[?&]steps=1(&.*)?$"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]lang=es(&.*)?$"));
        assertThat(lesson.root().locator("#distribution .gb-dist-chosen")).containsText("extraído");
        lesson.set("temperature", "0,5"); // a decimal comma as typed in Spanish
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]temperature=0\\.5&.*"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]lang=es(&.*)?$"));
        assertThat(page.locator("#temperature input")).hasValue("0,5");
        tall();
        screenshot("generate-es");
        assertNoScriptRan();
    }

    @Test
    void in_pseudo_english_every_text_of_the_lesson_comes_from_its_lesson_file_and_fits_a_small_phone() {
        phone(360);
        open("/generate?s=" + encode(PROMPT) + "&steps=30&topK=5&lang=en-XA&open=greedy");
        assertThat(lesson().written()).hasCount(30);
        List<String> plain = UnaccentedText.under(page, "main");
        screenshot("generate-pseudo-360");
        System.out.println("Unaccented text on /generate in pseudo-English:\n  " + String.join("\n  ", plain));
        List<?> w = (List<?>) page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        org.assertj.core.api.Assertions.assertThat(((Number) w.get(0)).intValue()).as("the page's scroll width")
                .isLessThanOrEqualTo(((Number) w.get(1)).intValue());
    }
}
