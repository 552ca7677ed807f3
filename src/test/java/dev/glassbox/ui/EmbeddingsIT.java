package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmbeddingsIT extends BrowserTest {

    /** The figures stand behind the lesson's questions: these tests show them without answering (see *QuestionsIT). */
    @Override
    protected void open(String pathAndQuery) {
        super.open(pathAndQuery);
        Questions.showAll(page, this::idle);
    }

    @Override
    protected void typeSentence(String text) {
        super.typeSentence(text);
        Questions.showAll(page, this::idle);
    }

    /** The embeddings lesson, rooted at its main element. */
    private record EmbeddingsPage(Locator root) {
        Locator notice() {
            return root.locator("#embeddings-notice");
        }

        Locator neighbourRows() {
            return root.locator("#neighbours tbody tr");
        }

        Locator mapPoints() {
            return root.locator("#word-map li");
        }

        Locator analogyAnswer() {
            return root.locator("#analogy-answer");
        }

        Locator analogyNotice() {
            return root.locator("#analogy-notice");
        }

        void solve(String a, String b, String c) {
            root.locator("#analogy-a input").fill(a);
            root.locator("#analogy-b input").fill(b);
            root.locator("#analogy-c input").fill(c);
            root.locator("#analogy-solve").click();
            root.page().waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
            Questions.showAll(root.page(), () -> root.page().waitForFunction(
                    "() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())"));
        }
    }

    private EmbeddingsPage lesson() {
        return new EmbeddingsPage(page.locator("main"));
    }

    @Test
    void a_sentence_shows_its_vectors_neighbours_similarities_and_map() {
        open("/embeddings?s=" + "The%20cat%20and%20the%20dog.&open=steps,vectors");
        EmbeddingsPage lesson = lesson();
        assertThat(lesson.root().locator("#embedding-counts")).containsText("5 words; 5 have a vector");
        assertThat(lesson.root().locator("#vectors svg.gb-strip")).hasCount(4);
        assertThat(page.locator("#word")).containsText("the");
        assertThat(lesson.root().locator("#word-detail svg.gb-strip")).hasCount(1);
        assertThat(lesson.neighbourRows()).hasCount(10);
        assertThat(lesson.root().locator("#similarity svg.gb-heatmap")).hasCount(1);
        // 4 distinct words and 3 neighbours each
        assertThat(lesson.mapPoints()).hasCount(16);
        assertThat(lesson.mapPoints().first()).containsText("the (sentence word)");
        assertThat(lesson.root().locator("#map-explained")).containsText("Axis 1 keeps");
        assertThat(lesson.root().locator("#step-explained")).containsText("Variance explained");
        assertThat(lesson.analogyAnswer()).containsText("king − man + woman ≈ queen");
        assertThat(lesson.root().locator("#cosine-contrast")).containsText("cos(hot, cold) = 0.7252");
        screenshot("embeddings");
        for (String part : new String[] {"vectors", "word-detail", "similarity", "map"}) {
            lesson.root().locator("#" + part).screenshot(new Locator.ScreenshotOptions()
                    .setPath(Paths.get("target", "screenshots", "embeddings-" + part + ".png")));
        }
        lesson.mapPoints().nth(1).focus();
        lesson.mapPoints().nth(1).press("ArrowDown");
        assertThat(lesson.root().locator("#word-map .gb-readout")).containsText("and (sentence word): x =");
        assertNoScriptRan();
    }

    @Test
    void choosing_a_word_and_k_goes_into_the_link() {
        open("/embeddings?s=The%20cat%20and%20the%20dog.");
        page.locator("#word").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("cat")).click();
        idle();
        Questions.showAll(page, this::idle);
        assertThat(page).hasURL(Pattern.compile(".*[?&]w=cat.*"));
        assertThat(lesson().neighbourRows().first()).containsText("dog");
        page.locator("#k input").fill("3");
        page.locator("#k input").press("Enter");
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]k=3.*"));
        assertThat(lesson().neighbourRows()).hasCount(3);
    }

    @Test
    void the_analogy_box_solves_what_is_typed_and_keeps_it_in_the_link() {
        open("/embeddings");
        EmbeddingsPage lesson = lesson();
        assertThat(page.locator("#analogy-a input")).hasValue("king");
        lesson.solve("Paris", "France", "Italy");
        idle();
        assertThat(lesson.analogyAnswer()).containsText("paris − france + italy ≈ rome");
        assertThat(page).hasURL(Pattern.compile(".*a=Paris.*b=France.*c=Italy.*"));
        assertThat(lesson.root().locator("#analogy-trace")).hasCount(0);
        page.locator("#fold-analogy vaadin-details-summary").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*open=analogy.*"));
        assertThat(lesson.root().locator("#analogy-trace #step-target table")).containsText("paris − france + italy");
        lesson.root().locator("#analogy-trace").screenshot(new Locator.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "embeddings-analogy.png")));
    }

    @Test
    void reloading_a_shared_link_restores_the_view() {
        open("/embeddings?s=cats%20and%20dogs&w=dogs&k=4&a=paris&b=france&c=japan");
        assertThat(lesson().neighbourRows()).hasCount(4);
        page.reload();
        idle();
        assertThat(page.locator("#sentence input")).hasValue("cats and dogs");
        assertThat(page.locator("#word")).containsText("dogs");
        assertThat(page.locator("#k input")).hasValue("4");
        assertThat(lesson().neighbourRows()).hasCount(4);
        assertThat(page.locator("#analogy-c input")).hasValue("japan");
        assertThat(lesson().analogyAnswer()).containsText("paris − france + japan ≈ tokyo");
    }

    @Test
    void bad_analogy_input_gets_one_clear_sentence() {
        open("/embeddings?s=Hello%20there");
        String link = page.url(); // with the answers of the questions shown on opening
        EmbeddingsPage lesson = lesson();
        lesson.solve("king", "", "woman");
        assertThat(lesson.analogyNotice()).hasText("Please fill in all three words of the analogy: the second one is empty.");
        lesson.solve("king", "man", "wqxzv");
        assertThat(lesson.analogyNotice()).hasText("“wqxzv” is not one of the 50,000 most frequent GloVe words, so it has no vector here.");
        assertThat(page).hasURL(link);
        open("/embeddings?s=Hello&a=king&b=man&c=" + "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(lesson.analogyNotice()).containsText("<script>alert(1)</script>");
        assertNoScriptRan();
    }

    @Test
    void bad_sentences_and_links_get_one_clear_sentence() {
        open("/embeddings?s=Hello&k=1000&w=nonsense");
        EmbeddingsPage lesson = lesson();
        assertThat(lesson.notice()).containsText("number of neighbours must be a whole number from 1 to 100");
        assertThat(lesson.notice()).containsText("showing “hello” instead");
        assertThat(lesson.neighbourRows()).hasCount(10);
        typeSentence("word ".repeat(1000));
        assertThat(lesson.notice()).containsText("Glassbox reads at most 500");
        // the figures of the old sentence do not stay under the message about the new one
        assertThat(lesson.root().locator("#similarity")).isHidden();
        assertThat(lesson.root().locator("#neighbours")).isHidden();
        open("/embeddings?s=zqxj%20wvkp%2012345678&open=steps");
        assertThat(lesson.notice()).containsText("None of the sentence's words");
        assertThat(lesson.root().locator("#step-lookup table")).containsText("not in the vocabulary");
        open("/embeddings");
        typeSentence("<img src=x onerror=alert(1)> <script>alert(2)</script>");
        assertThat(lesson.root().locator("#embedding-counts")).containsText("have a vector");
        assertThat(page.locator("main img")).hasCount(0);
        assertNoScriptRan();
    }

    @Test
    void the_same_word_in_two_sentences_gets_two_contextual_vectors_and_the_link_keeps_them() {
        open("/embeddings?s=The%20bank&cw=bank&c1=" + "I%20sat%20on%20the%20river%20bank." + "&c2="
                + "I%20robbed%20a%20bank." + "&c3=" + "The%20river%20bank%20was%20steep." + "&open=context");
        Locator answer = page.locator("#context-answer");
        // The encoder loads in the background from start-up; the section fills in by itself when it is ready.
        assertThat(answer).containsText("gives it one per sentence", new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        assertThat(answer).containsText("exactly 1");
        assertThat(answer).containsText("meant in the same sense");
        assertThat(answer).containsText("on average");
        assertThat(page.locator("#context-step-contextual-cosine")).isVisible();
        page.reload();
        idle();
        assertThat(page.locator("#context-first input")).hasValue("I sat on the river bank.");
        page.locator("#context-second input").fill("The bank of the stream was muddy.");
        page.locator("#context-compare").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*c2=The(%20|\\+)bank.*"));
        assertThat(answer).containsText("gives it one per sentence");
        page.locator("#context-word input").fill("money");
        page.locator("#context-compare").click();
        idle();
        assertThat(page.locator("#context-notice")).containsText("does not contain the word “money”");
        assertNoScriptRan();
    }

    /** Issue: “king − king + king” threw "duplicate element" and left the old answer on screen (failed before the fix). */
    @Test
    void a_word_typed_twice_is_answered_and_a_rejected_analogy_clears_the_old_answer() {
        open("/embeddings?s=Hello%20there");
        EmbeddingsPage lesson = lesson();
        lesson.solve("king", "king", "king");
        idle();
        assertThat(lesson.analogyAnswer()).containsText("king − king + king ≈ prince");
        assertThat(lesson.analogyNotice()).isHidden();
        lesson.solve("king", "man", "wqxzv");
        assertThat(lesson.analogyNotice()).containsText("“wqxzv” is not one of");
        assertThat(lesson.analogyAnswer()).hasText("");
        assertThat(page.locator("#fold-analogy")).isHidden();
        assertNoScriptRan();
    }

    /** Issue: k = 0 or 101 only turned the box red and kept the old neighbours; 1e999 became 1999 (failed before the fix). */
    @Test
    void a_k_out_of_range_or_not_a_whole_number_is_refused_and_takes_the_old_neighbours_away() {
        open("/embeddings?s=The%20cat%20and%20the%20dog.&k=4");
        EmbeddingsPage lesson = lesson();
        assertThat(lesson.neighbourRows()).hasCount(4);
        for (String bad : new String[] {"0", "101", "1e999", "-3", "2.5"}) {
            page.locator("#k input").fill(bad);
            page.locator("#k input").press("Enter");
            idle();
            assertThat(page.locator("#word-notice")).containsText("must be a whole number from 1 to 100");
            assertThat(lesson.neighbourRows()).hasCount(0);
            assertThat(page).hasURL(Pattern.compile(".*[?&]k=4(&.*)?$"));
        }
        page.locator("#k input").fill("5");
        page.locator("#k input").press("Enter");
        idle();
        assertThat(page.locator("#word-notice")).isHidden();
        assertThat(lesson.neighbourRows()).hasCount(5);
    }

    /** Issue: “I have a dog” said only "not in the vocabulary: 'i'" (failed before the fix). */
    @Test
    void one_letter_words_and_numbers_say_why_they_have_no_vector_and_show_the_other_models_rows() {
        open("/embeddings?s=I%20have%20a%20dog%20since%201990.&open=minilm");
        Locator why = page.locator("#missing-why");
        assertThat(why).containsText("“i” and “a” have no vector here");
        assertThat(why).containsText("single letter or digit");
        assertThat(why).containsText("“1990” has no vector here");
        assertThat(lesson().root().locator("#embedding-counts")).containsText("6 words; 3 have a vector");
        Locator rows = page.locator("#minilm-rows");
        assertThat(rows).containsText("cannot be compared with GloVe's 100", new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        // "i" is token 1045 of the uncased BERT vocabulary (line 1046 of its vocab.txt)
        assertThat(rows).containsText("“i” is one token, id 1045");
        assertThat(rows.locator("svg.gb-strip")).hasCount(3);
        rows.screenshot(new Locator.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "embeddings-minilm.png")));
    }

    @Test
    void the_step_by_step_parts_stay_folded_until_asked_and_the_link_keeps_them_open() {
        open("/embeddings");
        assertThat(page.locator("#trace")).hasCount(0);
        assertThat(page.locator("#contents")).containsText("Word arithmetic");
        page.locator("#fold-steps vaadin-details-summary").click();
        idle();
        assertThat(page.locator("#trace #step-lookup")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*[?&]open=steps.*"));
        page.locator("#fold-onehot vaadin-details-summary").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]open=onehot(%2C|,)steps.*"));
        page.reload();
        idle();
        assertThat(page.locator("#trace #step-lookup")).isVisible();
        assertThat(page.locator("#onehot-step-row")).containsText("The first 8 numbers");
        page.locator("#fold-steps vaadin-details-summary").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]open=onehot(&.*)?$"));
    }

    @Test
    void in_spanish_the_lesson_its_computed_sentences_and_numbers_are_spanish() {
        LessonText es = LessonText.of("embeddings", Language.SPANISH);
        open("/embeddings?lang=es&s=The%20cat%20and%20the%20dog.");
        EmbeddingsPage lesson = lesson();
        assertThat(lesson.root().locator("h1")).hasText(es.plain("title"));
        assertThat(lesson.root().locator("#embedding-counts")).hasText(es.plain("counts", Map.of("words", 5, "known", 5)));
        assertEquals("es", page.evaluate("document.documentElement.lang"));
        // cos(hot, cold) from the GloVe file's two rows, by this test's own loop; written with a decimal comma
        GloveVectors glove = GloveVectors.load();
        double[] hot = glove.lookup("hot").values(), cold = glove.lookup("cold").values();
        double dot = 0, hh = 0, cc = 0;
        for (int j = 0; j < hot.length; j++) {
            dot += hot[j] * cold[j];
            hh += hot[j] * hot[j];
            cc += cold[j] * cold[j];
        }
        String cosine = String.format(Locale.ROOT, "%.4f", dot / Math.sqrt(hh * cc)).replace('.', ',');
        assertThat(lesson.root().locator("#cosine-contrast")).containsText("cos(hot, cold) = " + cosine);
        assertThat(lesson.root().locator("#cosine-contrast")).containsText("los opuestos puntúan");
        assertThat(lesson.root().locator("#map-explained")).containsText("El eje 1 conserva el");
        // the map's own sentences come from the server in Spanish too
        assertThat(lesson.root().locator("#word-map details.gb-numbers > summary")).hasText(es.plain("scatter-list-summary"));
        // a refusal from the model is said in Spanish
        lesson.solve("king", "", "woman");
        assertThat(lesson.analogyNotice()).hasText(es.plain("an-empty-second"));
        page.locator("#k input").fill("3");
        page.locator("#k input").press("Enter");
        idle();
        assertThat(page).hasURL(Pattern.compile(".*k=3.*"));
        assertThat(page).hasURL(Pattern.compile(".*lang=es.*"));
        assertThat(lesson.neighbourRows()).hasCount(3);
        screenshot("embeddings-es");
        assertNoScriptRan();
    }

    @Test
    void pseudo_english_at_phone_width_has_no_sideways_scroll() {
        phone(360);
        open("/embeddings?lang=en-XA&open=steps,vectors,onehot,minilm,analogy,context&s=The%20cat%20and%20a%20dog%201990%20zqxjv");
        assertThat(page.locator("#word-map")).isVisible();
        assertEquals(360, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue());
    }
}
