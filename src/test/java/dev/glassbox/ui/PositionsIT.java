package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
}
