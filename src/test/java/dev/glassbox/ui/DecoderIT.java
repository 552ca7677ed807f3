package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The decoder lesson in a real browser: the causal mask, the controls and their link, long and odd texts, a phone. */
class DecoderIT extends BrowserTest {

    /** The figures are tested here; their questions in {@link LessonQuestionsIT}. */
    @BeforeEach
    void showWithoutAnswering() {
        SkippedQuestions.install(page, this::idle);
    }

    /** The decoder lesson, rooted at its main element. */
    private record DecoderPage(Locator root) {
        Locator notice() {
            return root.locator("#decoder-notice");
        }

        Locator chips() {
            return root.locator("#character-ids .gb-chip");
        }

        /** The attention weights after the softmax, as the figure's table: one row per query position. */
        Locator weightRows() {
            return root.locator("#causal-weights table.gb-table tbody tr");
        }

        Locator maskedCells() {
            return root.locator("#causal-masked svg rect.gb-masked");
        }

        Locator lensCells() {
            return root.locator("#lens-grid svg rect[data-r]");
        }
    }

    private DecoderPage lesson() {
        return new DecoderPage(page.locator("main"));
    }

    /** The cells of row {@code i} of a figure's table, as text (the row header left out). */
    @SuppressWarnings("unchecked")
    private static List<String> cells(Locator row) {
        return (List<String>) row.evaluate("r => [...r.querySelectorAll('td')].map(c => c.textContent)");
    }

    private void choose(String select, String value) {
        page.locator("#" + select).click();
        page.getByRole(AriaRole.OPTION, new com.microsoft.playwright.Page.GetByRoleOptions().setName(value).setExact(true)).click();
        idle();
    }

    @Test
    void typing_a_text_shows_the_causal_mask_both_ways() {
        open("/decoder");
        typeSentence("Call me Ishmael.");
        DecoderPage lesson = lesson();
        assertThat(page).hasURL(Pattern.compile(".*/decoder\\?(.*&)?s=Call%20me%20Ishmael\\..*"));
        assertThat(lesson.chips()).hasCount(16);
        assertThat(lesson.root().locator("#character-ids .gb-chip-id").first()).hasText("42"); // "C" in the vocabulary
        // Before the softmax: the 16·15/2 = 120 entries above the diagonal are −∞, drawn hatched and written "−∞".
        assertThat(lesson.maskedCells()).hasCount(120);
        assertThat(lesson.root().locator("#causal-masked table.gb-table tbody tr").first().locator("td").nth(1))
                .hasText("−∞");
        // After the softmax: every weight above the diagonal reads exactly 0 in the table, every other one is not 0.
        assertThat(lesson.weightRows()).hasCount(16);
        for (int i = 0; i < 16; i++) {
            List<String> row = cells(lesson.weightRows().nth(i));
            for (int j = 0; j < 16; j++) {
                if (j > i) {
                    org.assertj.core.api.Assertions.assertThat(row.get(j)).as("weight %d, %d", i, j).isEqualTo("0");
                } else {
                    org.assertj.core.api.Assertions.assertThat(row.get(j)).as("weight %d, %d", i, j).isNotEqualTo("0");
                }
            }
        }
        assertThat(lesson.root().locator("#mask-check")).containsText("120 of the 120 weights above the diagonal are exactly 0");
        assertThat(lesson.root().locator("#attention-link")).hasAttribute("href", "attention?s=Call%20me%20Ishmael.");
        screenshot("decoder");
        assertNoScriptRan();
    }

    @Test
    void layer_head_and_box_go_into_the_link_and_a_reload_restores_them() {
        open("/decoder?s=Call%20me%20Ishmael.");
        DecoderPage lesson = lesson();
        choose("layer", "2");
        assertThat(page).hasURL(Pattern.compile(".*[?&]layer=2(&.*)?$"));
        choose("head", "3");
        assertThat(page).hasURL(Pattern.compile(".*[?&]head=3(&.*)?$"));
        assertThat(lesson.root().locator("#causal-masked")).containsText("block 2, head 3");
        lesson.root().locator("#box-attention").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]box=attention(&.*)?$"));
        assertThat(lesson.root().locator("#decoder-steps #step-masked")).containsText("Causal mask");
        assertThat(lesson.root().locator("#decoder-steps #step-masked svg rect.gb-masked")).hasCount(120);
        // Steps that depend on the head or block are drawn again when it changes; the embeddings, which depend on
        // neither, stay on the page (StepsSection), and a box chosen afterwards shows the block and head as they are.
        choose("head", "1");
        assertThat(lesson.root().locator("#decoder-steps #step-weights")).containsText("Attention weights of head 1");
        choose("layer", "0");
        assertThat(lesson.root().locator("#steps > h3")).hasText("Masked multi-head attention in block 0");
        lesson.root().locator("#box-embeddings").click();
        idle();
        choose("layer", "1");
        assertThat(page).hasURL(Pattern.compile(".*[?&]box=embeddings(&.*)?$"));
        assertThat(lesson.root().locator("#decoder-steps #step-x0")).isVisible();
        lesson.root().locator("#box-attention").click();
        idle();
        for (String parameter : List.of("layer=1", "head=1", "box=attention")) {
            assertThat(page).hasURL(Pattern.compile(".*[?&]" + parameter + "(&.*)?$"));
        }
        assertThat(lesson.root().locator("#steps > h3")).hasText("Masked multi-head attention in block 1");
        assertThat(lesson.root().locator("#decoder-steps #step-weights")).containsText("Attention weights of head 1");
        choose("layer", "2");
        choose("head", "3");
        lesson.root().locator("#fold-all vaadin-details-summary").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]open=all(&.*)?$"));
        assertThat(lesson.root().locator("#next-all table tbody tr")).hasCount(75);
        String link = page.url();
        page.reload();
        idle();
        org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(link);
        assertThat(page.locator("#sentence input")).hasValue("Call me Ishmael.");
        assertThat(page.locator("#layer")).containsText("2");
        assertThat(page.locator("#head")).containsText("3");
        assertThat(lesson.root().locator("#box-attention")).hasAttribute("aria-pressed", "true");
        assertThat(lesson.root().locator("#causal-masked")).containsText("block 2, head 3");
        assertThat(lesson.root().locator("#next-all table tbody tr")).hasCount(75);
        assertNoScriptRan();
    }

    @Test
    void a_text_longer_than_the_context_is_read_from_its_last_characters_and_says_so() {
        String text = "It was the best of times, it was the worst of times, it was the age of wisdom, ".repeat(4);
        open("/decoder");
        typeSentence(text.strip());
        DecoderPage lesson = lesson();
        int length = text.strip().length();
        assertThat(lesson.root().locator("#decoder-window")).containsText("Your text has " + length + " characters");
        assertThat(lesson.root().locator("#decoder-window")).containsText("leaves out the first " + (length - 256));
        assertThat(lesson.chips()).hasCount(256);
        assertThat(lesson.notice()).isHidden();
        typeSentence("a".repeat(501));
        assertThat(lesson.notice()).containsText("at most 500");
        assertThat(lesson.root().locator("#decoder-result")).isHidden();
        assertNoScriptRan();
    }

    @Test
    void unknown_characters_are_shown_as_unknown_and_named() {
        // '#', '4' and '@' are not among the decoder's characters (ASCII, so the link itself stays plain).
        open("/decoder?s=Room%20%234%20%40%20noon");
        DecoderPage lesson = lesson();
        assertThat(lesson.chips()).hasCount(14);
        assertThat(lesson.root().locator("#decoder-unknown")).containsText("“#”, “4”, “@” are not among the 74");
        assertThat(lesson.root().locator("#decoder-unknown")).containsText("3 positions");
        assertThat(lesson.chips().nth(5)).containsText("\uFFFD");
        open("/decoder?s=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(lesson.chips()).hasCount(25);
        assertThat(lesson.root().locator("#decoder-unknown")).containsText("“<”, “>”, “/”"); // as text, never as markup
        assertNoScriptRan();
    }

    @Test
    void a_bad_link_falls_back_with_one_sentence() {
        open("/decoder?s=Hi%20there&layer=9&head=x&box=nowhere");
        DecoderPage lesson = lesson();
        assertThat(lesson.notice()).containsText("layer must be a whole number from 0 to 3");
        assertThat(lesson.notice()).containsText("head must be a whole number from 0 to 3");
        assertThat(lesson.notice()).containsText("step must be one of");
        assertThat(lesson.chips()).hasCount(8);
        assertNoScriptRan();
    }

    @Test
    void the_logit_lens_and_the_lstm_comparison_are_there() {
        open("/decoder?s=Call%20me%20Ishmael.&open=training");
        DecoderPage lesson = lesson();
        // 5 rows (x⁰ and the stream after each of the 4 blocks) × 16 positions, each cell a character.
        assertThat(lesson.lensCells()).hasCount(5 * 16);
        assertThat(lesson.root().locator("#lens-grid svg text.gb-cell-text")).hasCount(5 * 16);
        assertThat(lesson.root().locator("#lens-summary")).containsText("of 16 positions with the embeddings alone");
        assertThat(lesson.root().locator("#versus-held-out table")).containsText("character 5-gram");
        assertThat(lesson.root().locator("#versus-held-out table")).containsText("LSTM");
        assertThat(lesson.root().locator("#versus-verdict")).containsText("bits per character");
        assertThat(lesson.root().locator("#versus-decoder svg rect")).hasCount(10);
        assertThat(lesson.root().locator("#versus-lstm svg rect")).hasCount(10);
        assertThat(lesson.root().locator("#versus-actual table tbody tr")).hasCount(15);
        assertThat(lesson.root().locator("#next-bars svg rect")).hasCount(20);
        assertThat(lesson.root().locator("#training-curve svg path").first()).isVisible();
        assertThat(lesson.root().locator("#training")).containsText("./mvnw -B -Ptrain-decoder process-test-classes");
        open("/lstm?s=Call%20me%20Ishmael.");
        assertThat(page.locator("#versus-held-out table")).containsText("decoder");
        assertThat(page.locator("#versus-actual table tbody tr")).hasCount(15);
        assertNoScriptRan();
    }

    @Test
    void nothing_scrolls_the_page_sideways_on_a_phone() {
        phone(390);
        open("/decoder?s=Call%20me%20Ishmael.%20Some%20years%20ago%2C%20never%20mind%20how%20long%20precisely&box=attention&open=all,training");
        assertThat(lesson().lensCells().first()).isAttached();
        Object culprits = page.evaluate("""
                () => { const m = document.querySelector('main'); const right = m.getBoundingClientRect().right;
                  const scrolls = e => { for (let p = e.parentElement; p && p !== m; p = p.parentElement) {
                    const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }
                    return false; };
                  return [...m.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > right + 1 && !scrolls(e))
                    .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)); }""");
        org.assertj.core.api.Assertions.assertThat((List<?>) culprits).as("elements wider than the phone").isEmpty();
        List<?> w = (List<?>) page.evaluate("() => [document.querySelector('main').scrollWidth, document.querySelector('main').clientWidth]");
        org.assertj.core.api.Assertions.assertThat(((Number) w.get(0)).intValue()).as("main's scroll width")
                .isLessThanOrEqualTo(((Number) w.get(1)).intValue());
        screenshot("decoder-phone");
    }

    @Test
    void the_home_page_has_a_decoder_card_right_after_the_encoder() {
        open("/?s=Call%20me%20Ishmael.");
        assertThat(page.locator("#card-decoder")).containsText("16 characters");
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) page.locator("#journey > .gb-card").evaluateAll("cs => cs.map(c => c.id)");
        org.assertj.core.api.Assertions.assertThat(ids.indexOf("card-decoder")).isEqualTo(ids.indexOf("card-encoder") + 1);
        org.assertj.core.api.Assertions.assertThat(ids.indexOf("card-lstm")).isGreaterThan(ids.indexOf("card-decoder"));
        page.locator("#card-decoder a").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*/decoder\\?(.*&)?s=Call.*"));
        assertThat(lesson().chips()).hasCount(16);
    }

    @Autowired
    private CharDecoder model;

    @Test
    void in_spanish_the_lesson_speaks_spanish_writes_decimal_commas_and_its_link_keeps_the_language() {
        open("/decoder?s=Call%20me%20Ishmael.&lang=es");
        LessonText es = LessonText.of("decoder", Language.SPANISH);
        DecoderPage lesson = lesson();
        assertThat(lesson.root().locator("h1")).hasText(es.plain("heading"));
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("es");
        // 16 characters: 16·15/2 = 120 weights above the diagonal, every one exactly 0 (the English test reads them).
        String check = es.plain("mask-check", Map.of("zeros", 120, "above", 120, "worst", "\u0000"));
        assertThat(lesson.root().locator("#mask-check")).containsText(check.substring(0, check.indexOf('\u0000')));
        // The most likely next character's probability, from the model's logits by a softmax of this test's own,
        // written with three decimals and a decimal comma as Spanish writes it.
        float[] z = model.nextLogits(model.encode("Call me Ishmael."));
        double top = dev.glassbox.ReferenceSoftmax.largest(z);
        String shown = String.format(Locale.forLanguageTag("es"), "%.3f", top);
        org.assertj.core.api.Assertions.assertThat(shown).contains(",");
        assertThat(lesson.root().locator("#next-bars .gb-summary")).containsText(" " + shown + ";");
        assertThat(lesson.root().locator("#next-bars .gb-summary")).containsText("el final de tu texto");
        choose("layer", "2");
        assertThat(page).hasURL(Pattern.compile(".*[?&]layer=2(&.*)?$"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]lang=es(&.*)?$"));
        assertThat(lesson.root().locator("#causal-masked")).containsText("bloque 2, cabeza 0");
        tall();
        screenshotParts("decoder-es");
        assertNoScriptRan();
    }

    @Test
    void in_pseudo_english_every_text_of_the_lesson_comes_from_its_lesson_file_and_fits_a_small_phone() {
        phone(360);
        open("/decoder?s=Call%20me%20Ishmael.&lang=en-XA&box=attention&open=all,training");
        assertThat(lesson().lensCells().first()).isAttached();
        List<String> plain = UnaccentedText.under(page, "main");
        screenshot("decoder-pseudo-360");
        System.out.println("Unaccented text on /decoder in pseudo-English:\n  " + String.join("\n  ", plain));
        List<?> w = (List<?>) page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        org.assertj.core.api.Assertions.assertThat(((Number) w.get(0)).intValue()).as("the page's scroll width")
                .isLessThanOrEqualTo(((Number) w.get(1)).intValue());
    }
}
