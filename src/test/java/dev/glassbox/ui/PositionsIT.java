package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PositionsIT extends ModelBrowserTest {

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



    @Test
    void the_formula_and_the_learned_positions_are_shown_with_their_similarities() {
        open("/positions?n=16&d=16");
        assertThat(page.locator("#pe-heatmap svg")).isVisible();
        assertThat(page.locator("#pe-cosines svg")).isVisible();
        assertThat(page.locator("#learned-heatmap svg")).isVisible();
        assertThat(page.locator("#learned-cosines svg")).isVisible();
        assertThat(page.locator("#positions")).containsText("16");
        // By hand: PE(1, 0) = sin(1) = 0.841470…, PE(1, 1) = cos(1) = 0.540302… (a calculator, radians)
        assertThat(page.locator("#pe-example")).containsText("sin 1 = 0.8415");
        assertThat(page.locator("#pe-example")).containsText("cos 1 = 0.5403");
        screenshot("positions");
        assertNoScriptRan();
    }

    @Test
    void at_sixteen_dimensions_the_page_says_similarity_does_not_simply_fade() {
        // Python's math module, from the §3.5 formula at 16 dimensions: cos(PE(0), PE(3)) = 0.6929,
        // cos(PE(0), PE(6)) = 0.8056 — positions 6 apart are more alike than positions 3 apart.
        open("/positions?n=32&d=16");
        assertThat(page.locator("#pe-fading")).containsText("does not simply fade");
        assertThat(page.locator("#pe-fading")).containsText("0.6929 at distance 3");
        assertThat(page.locator("#pe-fading")).containsText("positions 6 apart are more alike (0.8056)");
        assertThat(page.locator("#learned-heatmap")).containsText("symmetric around 0");
    }

    @Test
    void a_bad_link_gets_one_sentence() {
        super.open("/positions?n=9999&d=abc"); // the link as it is: its questions not yet answered
        assertThat(page.locator("#positions-notice")).containsText("number of positions must be one of");
        assertThat(page.locator("#question-pe-fastest")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*n=9999.*"));
        Questions.showAll(page, this::idle);
        assertThat(page.locator("#pe-heatmap svg")).isVisible();
    }

    @Test
    void in_spanish_the_lesson_its_numbers_and_its_link_are_spanish() {
        LessonText es = LessonText.of("positions", Language.SPANISH);
        open("/positions?lang=es&n=32&d=16");
        assertThat(page.locator("main h1")).hasText(es.plain("page-title")); // waits while a language link reloads
        idle();
        Questions.showAll(page, this::idle);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("es");
        // By hand: sin(1) = 0.841470…, cos(1) = 0.540302… (a calculator, radians), with a decimal comma
        assertThat(page.locator("#pe-example")).hasText(es.plain("example", Map.of("sin", "0,8415", "cos", "0,5403")));
        // Python's math module, from the §3.5 formula at 16 dimensions: cos(PE(0), PE(3)) = 0.6929 (see above)
        assertThat(page.locator("#pe-fading")).containsText("0,6929 a distancia 3");
        page.locator("#dimensions").click();
        page.locator("#dimensions vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("64"))
                .click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]d=64(&.*)?$"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]lang=es(&.*)?$"));
        tall();
        screenshotParts("positions-es");
        page.setViewportSize(360, 800);
        screenshot("positions-es-phone");
        assertNoScriptRan();
    }

    @Test
    void in_pseudo_english_every_line_comes_from_the_lesson_file_and_nothing_scrolls_sideways_at_360_px() {
        page.setViewportSize(360, 800);
        open("/positions?lang=en-XA&n=16&d=16");
        LstmIT.waitUntilShown(page);
        assertThat(page.locator("#learned-heatmap svg")).isVisible();
        System.out.println("Positions at en-XA, unaccented: " + page.evaluate(LstmIT.UNACCENTED));
        org.assertj.core.api.Assertions.assertThat(LstmIT.untranslated(page)).as("lines not from a lesson file").isEmpty();
        List<?> w = (List<?>) page.evaluate("() => [document.documentElement.scrollWidth, "
                + "document.documentElement.clientWidth, document.querySelector('main').scrollWidth, "
                + "document.querySelector('main').clientWidth]");
        org.assertj.core.api.Assertions.assertThat(((Number) w.get(0)).intValue()).as("the page's scroll width")
                .isLessThanOrEqualTo(((Number) w.get(1)).intValue());
        org.assertj.core.api.Assertions.assertThat(((Number) w.get(2)).intValue()).as("main's scroll width")
                .isLessThanOrEqualTo(((Number) w.get(3)).intValue());
        screenshot("positions-pseudo-phone");
    }
}
