package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LstmIT extends BrowserTest {

    /** The LSTM lesson, rooted at its main element. */
    private record LstmPage(Locator root) {
        Locator steps() {
            return root.locator("#time-steps .gb-lstm-step");
        }

        Locator chosenStep() {
            return root.locator("#time-steps [aria-pressed=true]");
        }

        Locator equations() {
            return root.locator("#equation-lines");
        }

        Locator whatIfEffect() {
            return root.locator("#what-if-effect");
        }

        Locator notice() {
            return root.locator("#lstm-notice");
        }
    }

    private LstmPage lesson() {
        return new LstmPage(page.locator("main"));
    }

    @Test
    void typing_a_sentence_shows_one_step_per_character_with_equations_and_guesses() {
        open("/lstm");
        typeSentence("Call me Ishmael.");
        LstmPage lesson = lesson();
        assertThat(lesson.steps()).hasCount(16);
        assertThat(lesson.chosenStep()).hasText("C");
        assertThat(lesson.equations()).containsText("c = f·c_prev + i·g");
        assertThat(lesson.root().locator("#top5 table")).containsText("probability");
        assertThat(lesson.root().locator("#heatmap")).isVisible();
        assertThat(lesson.root().locator("#memory-tape")).isVisible();
        assertThat(lesson.root().locator("#predictions table tbody tr")).hasCount(16);
        assertThat(page).hasURL(Pattern.compile(".*/lstm\\?(.*&)?s=Call.*"));
        lesson.steps().nth(5).click();
        idle();
        assertThat(lesson.chosenStep()).hasText("m");
        assertThat(page).hasURL(Pattern.compile(".*[?&]t=6(&.*)?$"));
        assertThat(lesson.root().locator("#equations h2")).containsText("Step 6");
        screenshot("lstm");
        assertNoScriptRan();
    }

    @Test
    void forcing_the_forget_gate_to_zero_changes_the_memory_and_goes_into_the_link() {
        open("/lstm?s=Call%20me%20Ishmael.&t=10");
        LstmPage lesson = lesson();
        assertThat(lesson.whatIfEffect()).containsText("No switch is on");
        String before = lesson.equations().textContent();
        page.locator("#forget-switch").click();
        page.locator("vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("forget everything")).click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*forget=0.*"));
        assertThat(lesson.equations()).containsText("forced to 0");
        assertThat(lesson.whatIfEffect()).containsText("Compared with the network as trained");
        org.assertj.core.api.Assertions.assertThat(lesson.equations().textContent()).isNotEqualTo(before);
        page.locator("#input-off").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*input=0.*"));
        // f = 0 and i = 0: the memory is empty at every step, so c = 0 for the shown unit.
        assertThat(lesson.equations()).containsText("= 0.000 + 0.000 = 0.000");
        screenshot("lstm-what-if");
    }

    @Test
    void reloading_a_shared_link_restores_the_view() {
        open("/lstm?s=The%20whale!&t=5&gate=f&unit=3&forget=1&input=trained");
        LstmPage lesson = lesson();
        assertThat(lesson.chosenStep()).hasText("w");
        page.reload();
        idle();
        assertThat(page.locator("#sentence input")).hasValue("The whale!");
        assertThat(lesson.chosenStep()).hasText("w");
        assertThat(page.locator("#gate")).containsText("forget gate");
        assertThat(page.locator("#unit")).containsText("unit 3");
        assertThat(page.locator("#forget-switch")).containsText("keep everything");
        assertThat(lesson.equations()).containsText("forced to 1");
        assertThat(lesson.root().locator("#attention-link")).hasAttribute("href", "attention?s=The%20whale!");
    }

    @Test
    void unknown_characters_are_shown_as_unknown_and_bad_input_gets_one_sentence() {
        // '#', '4' and '@' are not among the network's characters (ASCII, so the link itself stays plain).
        open("/lstm?s=Room%20%234%20%40%20noon");
        LstmPage lesson = lesson();
        assertThat(lesson.steps()).hasCount(14);
        assertThat(lesson.root().locator("#time-steps .gb-lstm-unknown")).hasCount(3);
        assertThat(lesson.root().locator("#lstm-result")).containsText("read as the unknown character");
        typeSentence("a".repeat(600));
        assertThat(lesson.notice()).containsText("at most 500");
        assertThat(lesson.steps()).hasCount(14);
        open("/lstm?s=Hi&t=99&gate=zz&unit=-4");
        assertThat(lesson.notice()).containsText("heatmap quantity must be one of");
        assertThat(lesson.chosenStep()).hasText("i");
        open("/lstm?s=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(lesson.steps().first()).hasText("<");
        assertNoScriptRan();
    }

    @Test
    void the_home_page_has_an_lstm_card_that_opens_the_lesson() {
        open("/?s=Call%20me%20Ishmael.");
        assertThat(page.locator("#card-lstm")).containsText("16 characters");
        page.locator("#card-lstm a").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*/lstm\\?(.*&)?s=Call.*"));
        assertThat(lesson().steps()).hasCount(16);
    }
}
