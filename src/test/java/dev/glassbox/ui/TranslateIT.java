package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.Page;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The translation lesson in a real browser: writing step by step, the link, the dates that teach, bad input. */
class TranslateIT extends BrowserTest {

    private static final Seq2SeqTransformer MODEL = Seq2SeqTransformer.load();

    private Locator main() {
        return page.locator("main");
    }

    @Test
    void the_decoder_writes_the_answer_step_by_step_and_the_link_restores_the_step() {
        open("/translate");
        // The first date: a trained format; the answer computed by java.time is 2018-05-09.
        assertThat(main().locator("#date-reading")).containsText("one of the 13 the model was trained on");
        assertThat(main().locator("#outcome")).hasText("The model wrote “2018-05-09”: right, 2018-05-09 is 9 May 2018.");
        assertThat(main().locator("#trained-formats li")).hasCount(13);
        assertThat(main().locator("#written .gb-chip")).hasCount(1);
        assertThat(main().locator("#step-sentence")).containsText("Step 1 of 11: the decoder has read <s> and writes “2”");
        page.locator("#step-next").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*/translate\\?(.*&)?step=2.*"));
        assertThat(main().locator("#written .gb-chip")).hasCount(2);
        assertThat(main().locator("#step-sentence")).containsText("has read <s> 2 and writes “0”");
        Questions.showAll(page, this::idle);
        // The cross-attention table has one row per step so far, each row the model's own weights.
        Locator rows = main().locator("#cross-attention table.gb-table tbody tr");
        assertThat(rows).hasCount(2);
        page.locator("#play").click();
        // Play writes one token every 0.7 s; allow a busy machine four times that.
        assertThat(main().locator("#written .gb-chip")).hasCount(11, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        assertThat(page).hasURL(Pattern.compile(".*step=11.*"));
        assertThat(main().locator("#step-sentence")).containsText("</s> ends the answer.");
        assertThat(page.locator("#step-next")).isDisabled();
        page.reload();
        idle();
        assertThat(main().locator("#written .gb-chip")).hasCount(11);
        assertThat(main().locator("#written")).containsText("2018-05-09".substring(0, 1));
        screenshot("translate");
        assertNoScriptRan();
    }

    @Test
    void a_shared_link_restores_date_step_layer_head_and_box() {
        open("/translate?date=" + encode("the 31st of december 1999") + "&step=6&layer=0&head=2&box=cross");
        assertThat(page.locator("#date input")).hasValue("the 31st of december 1999");
        assertThat(main().locator("#outcome")).containsText("right, 1999-12-31");
        assertThat(main().locator("#written .gb-chip")).hasCount(6);
        Questions.showAll(page, this::idle);
        assertThat(main().locator("#cross-attention")).containsText("Cross-attention of head 2 in decoder layer 0");
        assertThat(page.locator("#box-cross")).hasAttribute("aria-pressed", "true");
        // The cross box's attention weights: 6 query rows (the steps) over the 25 source characters.
        assertThat(main().locator("#box-steps")).containsText("Attention weights (softmax)");
        // The sentence on where head 2 of layer 0 looks comes from the model: check its top weight in the test.
        float[] row = MODEL.translate("the 31st of december 1999").decoding().layers().get(0).cross().weights()[2][5];
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            best = row[j] > row[best] ? j : best;
        }
        assertThat(main().locator("#cross-sentence")).containsText("(character " + (best + 1) + " of the source)");
        page.reload();
        idle();
        assertThat(main().locator("#written .gb-chip")).hasCount(6);
        assertThat(page.locator("#box-cross")).hasAttribute("aria-pressed", "true");
    }

    @Test
    void the_cross_attention_question_is_judged_by_the_models_own_weights_and_the_link_keeps_the_answer() {
        open("/translate?date=" + encode("9 May 2018") + "&step=6&layer=1&head=0");
        // Step 6 writes the first digit of the month; the truth is the largest weight of head 0, layer 1 at that step.
        float[] row = MODEL.translate("9 May 2018").decoding().layers().get(1).cross().weights()[0][5];
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            best = row[j] > row[best] ? j : best;
        }
        assertThat(main().locator("#cross-attention")).isHidden();
        assertThat(main().locator("#question-tr-cross legend")).containsText("At step 6 the decoder writes");
        Locator wrong = main().locator("#question-tr-cross input[type=radio]:not([id$='-c" + best + "'])").first();
        wrong.check();
        page.locator("#question-tr-cross-check").click();
        idle();
        assertThat(main().locator("#question-tr-cross-result")).containsText("Not quite");
        assertThat(main().locator("#cross-attention")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*answer=tr-cross\\.c[0-9]+\\..*"));
        open("/translate?date=" + encode("9 May 2018") + "&step=6&layer=1&head=0");
        page.locator("#question-tr-cross-choice-c" + best).check();
        page.locator("#question-tr-cross-check").click();
        idle();
        assertThat(main().locator("#question-tr-cross-result")).containsText("Right");
        // The link records the answer before the page is reloaded from it.
        assertThat(page).hasURL(Pattern.compile(".*answer=tr-cross\\.c" + best + "\\..*"));
        page.reload();
        idle();
        assertThat(main().locator("#question-tr-cross-result")).containsText("Right");
        assertThat(main().locator("#cross-attention")).isVisible();
        // The encoder question: the first character's attention to later characters, computed from the model.
        float[] first = MODEL.translate("9 May 2018").encoding().layers().get(1).self().weights()[0][0];
        double later = 0;
        for (int j = 1; j < first.length; j++) {
            later += first[j];
        }
        page.locator("#question-tr-ahead-choice-" + (later >= 1e-3 ? "yes" : "no")).check();
        page.locator("#question-tr-ahead-check").click();
        idle();
        assertThat(main().locator("#question-tr-ahead-result")).containsText("Right");
        assertThat(main().locator("#encoder-attention")).isVisible();
    }

    @Test
    void the_dates_that_teach_say_honestly_what_the_model_did() {
        open("/translate");
        page.locator("#try-2").click(); // 03/04/2020
        idle();
        assertThat(main().locator("#date-extra")).containsText("Read day first, this is 3 April 2020; read month first, "
                + "as in the United States, it would be 4 March 2020.");
        page.locator("#try-3").click(); // May the 4th, 2020
        idle();
        assertThat(main().locator("#date-reading")).containsText("This is not one of the 13 formats");
        page.locator("#try-4").click(); // Monday, 9 May 2018
        idle();
        assertThat(main().locator("#date-reading")).containsText("9 May 2018 was a Wednesday, not a Monday.");
        String corrected = MODEL.translate("Wednesday, 9 May 2018").text();
        String wrong = MODEL.translate("Monday, 9 May 2018").text();
        assertThat(main().locator("#date-extra")).containsText(wrong.equals(corrected) ? "changed nothing" : "changed the answer");
        assertThat(page).hasURL(Pattern.compile(".*date=Monday.*"));
    }

    @Test
    void bad_input_gets_one_sentence_and_learner_text_stays_text() {
        open("/translate");
        page.locator("#date input").fill("1".repeat(41));
        page.locator("#date input").press("Enter");
        idle();
        assertThat(main().locator("#translate-notice")).containsText("The text has 41 characters; the translator reads at most 40");
        assertThat(main().locator("#translate-result")).isHidden();
        open("/translate?date=" + encode("<b>9 May</b>") + "&step=99&layer=7&head=x&box=nope");
        assertThat(main().locator("#translate-notice")).containsText("layer");
        assertThat(main().locator("#translate-notice")).containsText("box");
        assertThat(main().locator("b")).hasCount(0);
        assertThat(main().locator("#date-reading")).containsText("This is not one of the 13 formats");
        for (String box : List.of("inputs", "input-embedding", "input-positions", "encoder-attention", "encoder-norm-1",
                "encoder-ffn", "encoder-norm-2", "outputs", "output-embedding", "output-positions", "masked",
                "decoder-norm-1", "cross", "decoder-norm-2", "decoder-ffn", "decoder-norm-3", "linear", "softmax")) {
            page.locator("#box-" + box).click();
            idle();
            assertThat(page.locator("#box-" + box)).hasAttribute("aria-pressed", "true");
            assertThat(main().locator("#box-steps .gb-figure").first()).isVisible();
        }
        assertNoScriptRan();
    }

    @Test
    void in_spanish_the_lesson_speaks_spanish_and_its_link_keeps_the_language() {
        LessonText es = LessonText.of("translate", Language.SPANISH);
        open("/translate?lang=es");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(main().locator("h1")).hasText(es.plain("heading"));
        // java.time: 2018-05-09 is 9 May 2018 ("mayo" in Spanish); the model writes it (the English test above).
        String date = es.plain("spoken-date", Map.of("day", 9, "month", "mayo", "year", 2018));
        assertThat(main().locator("#outcome")).hasText(es.plain("outcome-right",
                Map.of("wrote", "2018-05-09", "answer", "2018-05-09", "date", date)));
        // The first token's probability, from the model's logits through a softmax written here, to one decimal.
        float[] logits = MODEL.translate("Wednesday, 9 May 2018").decoding().logits()[0];
        double top = dev.glassbox.ReferenceSoftmax.largest(logits);
        String percent = new BigDecimal(100 * top).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        assertThat(main().locator("#step-sentence")).containsText("«2» (probabilidad: " + percent + "\u00a0%)");
        assertThat(page.locator("#step-next")).hasText(es.plain("step"));
        page.locator("#step-next").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]step=2.*"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]lang=es.*"));
        assertThat(main().locator("#written .gb-chip")).hasCount(2);
        page.locator("#try-2").click(); // 03/04/2020: the learner's date stays as typed, the sentence is Spanish
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]lang=es.*"));
        assertThat(main().locator("#date-extra")).containsText("es el 3 de abril de 2020");
        tall();
        screenshot("translate-es");
        page.setViewportSize(360, 5000);
        idle();
        int wide = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(wide).as("page width at 360 px").isLessThanOrEqualTo(360);
        screenshot("translate-es-360");
        assertNoScriptRan();
    }

    @Test
    void in_pseudo_english_the_text_comes_from_the_lesson_file_and_a_small_phone_does_not_scroll_sideways() {
        open("/translate?lang=en-XA&date=" + encode("Monday, 9 May 2018") + "&step=3&box=encoder-norm-1");
        Questions.showAll(page, this::idle);
        page.locator("#translate-training summary, #translate-training vaadin-details-summary").first().click();
        idle();
        List<String> plain = new ArrayList<>(unaccented(page));
        page.locator("#box-cross").click();
        idle();
        plain.addAll(unaccented(page));
        // What is left unaccented is the learner's date, the model's tokens and what other packages write.
        System.out.println("Unaccented text on /translate?lang=en-XA: " + plain);
        // None of it is a sentence of this lesson's file still in English.
        LessonText english = LessonText.of("translate");
        List<String> ours = new LinkedHashSet<>(plain).stream().filter(t -> t.length() > 12)
                .filter(t -> english.names().stream().anyMatch(n -> english.raw(n).contains(t))).toList();
        org.assertj.core.api.Assertions.assertThat(ours).as("English from the lesson file left unaccented").isEmpty();
        page.setViewportSize(360, 5000);
        idle();
        int wide = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(wide).as("page width at 360 px").isLessThanOrEqualTo(360);
        screenshot("translate-pseudo-360");
        page.locator("#date input").fill("   ");
        page.locator("#date input").press("Enter");
        idle();
        assertThat(main().locator("#translate-notice")).hasText(LessonText.of("translate", Language.PSEUDO).plain("empty"));
    }

    /**
     * The page's text (text nodes, in shadow roots too, and labels, titles and placeholders) with a word of four
     * letters or more written without accents: in pseudo-English it did not come from a lesson file.
     */
    @SuppressWarnings("unchecked")
    static List<String> unaccented(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const word = /\\b(?=[A-Za-z]*[aeiouAEIOU])[A-Za-z]{4,}\\b/;
                  const out = [];
                  const walk = root => {
                    for (const e of root.querySelectorAll('*')) {
                      if (e.closest('math')) continue; // a formula's source, written as in the lesson file
                      for (const n of e.childNodes) {
                        if (n.nodeType === 3 && e.tagName !== 'SCRIPT' && e.tagName !== 'STYLE') {
                          out.push(n.textContent.trim());
                        }
                      }
                      for (const a of ['aria-label', 'title', 'placeholder', 'label', 'helper-text']) {
                        if (e.hasAttribute(a)) out.push(e.getAttribute(a).trim());
                      }
                      if (e.shadowRoot) walk(e.shadowRoot);
                    }
                  };
                  walk(document.querySelector('main'));
                  return [...new Set(out.filter(t => word.test(t)))];
                }""");
    }
}
