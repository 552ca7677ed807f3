package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.glassbox.model.text.LearnerText;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HomeIT extends ModelBrowserTest {

    /** Two units in the fourth decimal per row of 16: the table writes each weight rounded to four decimals. */
    private static final double ROUNDED_ROW_SUM = 16 * 0.00005;

    @Test
    void the_home_page_starts_with_the_default_sentence_and_its_journey() {
        open("/");
        assertThat(page.locator("#sentence input")).hasValue(LearnerText.DEFAULT_SENTENCE);
        // 12 tokens: 11 words and the full stop, counted by hand.
        assertThat(page.locator("#card-tokens")).containsText("12 tokens");
        assertThat(page.locator("#card-tokens .gb-chip")).hasCount(12);
        assertThat(page.locator("#lesson-menu")).containsText("Tokens");
        // WordPiece by hand: [CLS] the animal didn ' t cross the street because it was too tired . [SEP] = 16.
        assertThat(page.locator("#card-tokens")).containsText("16 WordPiece tokens");
        // The attention card (the model has loaded): one head's 16 × 16 weights, each row a softmax summing to 1.
        assertThat(page.locator("#card-attention .gb-heatmap rect[data-r]")).hasCount(16 * 16);
        @SuppressWarnings("unchecked")
        List<Number> sums = (List<Number>) page.locator("#card-attention table.gb-table tbody tr").evaluateAll(
                "rows => rows.map(r => [...r.querySelectorAll('td')].reduce((s, td) => s + Number(td.textContent), 0))");
        org.assertj.core.api.Assertions.assertThat(sums).hasSize(16)
                .allSatisfy(sum -> org.assertj.core.api.Assertions.assertThat(sum.doubleValue()).isCloseTo(1.0,
                        org.assertj.core.api.Assertions.within(ROUNDED_ROW_SUM)));
        // The README's picture: every card, the transformer's filled in.
        page.setViewportSize(1280, 1500);
        screenshot("home");
        assertNoScriptRan();
    }

    @Test
    void the_cards_follow_the_order_in_which_a_model_reads_a_sentence() {
        open("/");
        assertThat(page.locator("#journey > .gb-card")).hasCount(12);
        org.assertj.core.api.Assertions.assertThat(page.locator("#journey > .gb-card").evaluateAll("cs => cs.map(c => c.id)"))
                .isEqualTo(List.of("card-tokens", "card-embeddings", "card-positions", "card-attention", "card-encoder",
                        "card-decoder", "card-generate", "card-translate", "card-lstm", "card-zscores", "card-normal", "card-python"));
    }

    @Test
    void the_home_page_says_which_lessons_compute_for_the_sentence_and_which_do_not() {
        open("/");
        assertThat(page.locator("main .gb-prose")).containsText("compute theirs for your sentence");
        assertThat(page.locator("main .gb-prose")).containsText("the same whatever the words");
        assertThat(page.locator("main")).not().containsText("Every number you see is computed for your sentence");
    }

    @Test
    void a_new_sentence_flows_into_the_cards_the_menu_and_the_link() {
        open("/");
        typeSentence("The cat sat on the mat.");
        assertThat(page).hasURL(Pattern.compile(".*\\?s=The(\\+|%20)cat(\\+|%20)sat.*"));
        assertThat(page.locator("#card-tokens .gb-chip")).hasCount(7);
        assertThat(page.locator("#current-sentence")).containsText("The cat sat on the mat.");
        page.locator("#card-tokens a").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*/tokens\\?.*s=The.*"));
        assertThat(page.locator("#sentence input")).hasValue("The cat sat on the mat.");
    }

    @Test
    void the_light_dark_switch_changes_the_colour_scheme() {
        open("/");
        page.locator("#color-scheme").click();
        idle();
        assertThat(page.locator("html")).hasAttribute("theme", Pattern.compile(".*dark.*"));
    }

    @Test
    void the_home_page_in_spanish_keeps_its_language_when_the_sentence_changes() {
        dev.glassbox.model.lesson.LessonText es = dev.glassbox.model.lesson.LessonText.of("home",
                dev.glassbox.model.lesson.Language.SPANISH);
        dev.glassbox.model.lesson.LessonText esClass = dev.glassbox.model.lesson.LessonText.of("class",
                dev.glassbox.model.lesson.Language.SPANISH);
        open("/?lang=es");
        assertThat(page.locator("main h1").first()).hasText(es.plain("heading"));
        assertThat(page.locator("main h1").first()).hasText("¿Cómo lee una frase un modelo de lenguaje?");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("es");
        assertThat(page.locator("#class-lessons h2")).hasText(esClass.plain("ui-lessons-heading"));
        // Computed: the number of steps of the first bundled lesson, in the Spanish plural.
        int steps = dev.glassbox.model.lesson.StarterLessons.all().get(0).steps().size();
        assertThat(page.locator("#class-lessons li").first()).containsText(steps + " pasos");
        assertThat(page.locator("#starter-lesson-0")).hasAttribute("href", Pattern.compile("lang=es"));
        typeSentence("Hola mundo");
        idle();
        assertThat(page).hasURL(Pattern.compile("lang=es"));
        assertThat(page).hasURL(Pattern.compile("s=Hola"));
        assertThat(page.locator("main h1").first()).hasText(es.plain("heading"));
    }
}
