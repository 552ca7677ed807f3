package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmbeddingsIT extends BrowserTest {

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
        }
    }

    private EmbeddingsPage lesson() {
        return new EmbeddingsPage(page.locator("main"));
    }

    @Test
    void a_sentence_shows_its_vectors_neighbours_similarities_and_map() {
        open("/embeddings?s=" + "The%20cat%20and%20the%20dog.");
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
        screenshot("embeddings");
        for (String part : new String[] {"vectors", "word-detail", "similarity", "map"}) {
            lesson.root().locator("#" + part).screenshot(new Locator.ScreenshotOptions()
                    .setPath(java.nio.file.Paths.get("target", "screenshots", "embeddings-" + part + ".png")));
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
        assertThat(lesson.root().locator("#analogy-trace #step-target table")).containsText("paris − france + italy");
        lesson.root().locator("#analogy-trace").screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target", "screenshots", "embeddings-analogy.png")));
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
        EmbeddingsPage lesson = lesson();
        lesson.solve("king", "", "woman");
        assertThat(lesson.analogyNotice()).hasText("Please fill in all three words of the analogy: the second one is empty.");
        lesson.solve("king", "man", "wqxzv");
        assertThat(lesson.analogyNotice()).hasText("“wqxzv” is not one of the 50,000 most frequent GloVe words, so it has no vector here.");
        assertThat(page).hasURL(Pattern.compile(".*/embeddings\\?s=Hello(%20|\\+)there$"));
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
        open("/embeddings?s=zqxj%20wvkp%2012345678");
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
                + "I%20robbed%20a%20bank.");
        Locator answer = page.locator("#context-answer");
        // The encoder loads in the background from start-up; the section fills in by itself when it is ready.
        assertThat(answer).containsText("their cosine is", new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        assertThat(answer).containsText("exactly 1");
        assertThat(page.locator("#context-step-contextual-cosine")).isVisible();
        page.reload();
        idle();
        assertThat(page.locator("#context-first input")).hasValue("I sat on the river bank.");
        page.locator("#context-second input").fill("The bank of the stream was muddy.");
        page.locator("#context-compare").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*c2=The(%20|\\+)bank.*"));
        assertThat(answer).containsText("their cosine is");
        page.locator("#context-word input").fill("money");
        page.locator("#context-compare").click();
        idle();
        assertThat(page.locator("#context-notice")).containsText("does not contain the word “money”");
        assertNoScriptRan();
    }
}
