package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** The predict-then-check question on its own (test page {@code /test/question}): hiding, judging, the link, keys. */
class QuestionIT extends BrowserTest {

    @Test
    void a_wrong_choice_says_so_and_reveals_the_figure() {
        open("/test/question");
        assertThat(page.locator("#first-figure")).isHidden();
        assertThat(page.locator("#question-pick legend")).containsText("Which word comes first");
        page.locator("#question-pick-check").click();
        assertThat(page.locator("#question-pick-result")).hasText("Choose one of the answers first.");
        assertThat(page.locator("#first-figure")).isHidden();
        page.locator("#question-pick-choice-a").check();
        page.locator("#question-pick-check").click();
        assertThat(page.locator("#question-pick-result")).containsText("Not quite: you said animal; the answer is the.");
        assertThat(page.locator("#question-pick-result")).containsText("“the” is word 1");
        assertThat(page.locator("#first-figure")).isVisible();
        assertThat(page.locator("#second-figure")).isHidden();
        assertThat(page.locator("#question-pick-choice-a")).isDisabled();
    }

    @Test
    void a_right_number_typed_with_enter_is_right_and_the_reload_keeps_it() {
        open("/test/question?n=7");
        page.locator("#question-count-number").fill("seven");
        page.locator("#question-count-check").click();
        assertThat(page.locator("#question-count-result")).containsText("is not a number");
        assertThat(page.locator("#second-figure")).isHidden();
        page.locator("#question-count-number").fill("7");
        page.locator("#question-count-number").press("Enter");
        assertThat(page.locator("#question-count-result")).containsText("Right: 7.");
        assertThat(page.locator("#second-figure")).isVisible();
        page.waitForURL(url -> url.contains("answer=count.7."));
        page.reload();
        idle();
        assertThat(page.locator("#question-count-result")).containsText("Right: 7.");
        assertThat(page.locator("#question-count-number")).hasValue("7");
        assertThat(page.locator("#second-figure")).isVisible();
        assertThat(page.locator("#first-figure")).isHidden();
    }

    @Test
    void a_changed_truth_clears_the_answer_recorded_in_the_link() {
        open("/test/question?n=7");
        page.locator("#question-count-number").fill("7");
        page.locator("#question-count-check").click();
        page.waitForURL(url -> url.contains("answer=count.7."));
        open("/test/question?" + page.url().substring(page.url().indexOf('?') + 1).replace("n=7", "n=8"));
        assertThat(page.locator("#question-count-result")).isEmpty();
        assertThat(page.locator("#second-figure")).isHidden();
        assertThat(page.locator("#question-count-number")).isEditable();
    }

    @Test
    void show_without_answering_reveals_the_truth_and_is_kept_in_the_link() {
        open("/test/question");
        page.locator("#question-pick-show").click();
        assertThat(page.locator("#question-pick-result")).containsText("The answer: the.");
        assertThat(page.locator("#first-figure")).isVisible();
        page.waitForURL(url -> url.contains("answer=pick.shown."));
        page.reload();
        idle();
        assertThat(page.locator("#first-figure")).isVisible();
        assertThat(page.locator("#question-pick-check")).isHidden();
    }

    @Test
    void the_question_works_from_the_keyboard_and_announces_its_result() {
        open("/test/question");
        Locator question = page.locator("#question-pick");
        assertThat(question).hasAttribute("aria-labelledby", "question-pick-prompt");
        assertThat(page.locator("#question-pick-result")).hasAttribute("aria-live", "polite");
        assertThat(question.locator("fieldset > legend")).hasCount(1);
        page.locator("#question-pick-choice-a").focus();
        page.keyboard().press("ArrowRight"); // radios in one group: the arrow moves to and selects "the"
        assertThat(page.locator("#question-pick-choice-b")).isChecked();
        page.keyboard().press("Tab");
        assertThat(page.locator("#question-pick-check")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#question-pick-result")).containsText("Right: the.");
        assertNoScriptRan();
    }

    @Test
    void a_question_fits_a_small_phone() {
        phone(360);
        open("/test/question");
        Object wide = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(wide).isEqualTo(true);
        double right = ((Number) page.locator("#question-count").evaluate("e => e.getBoundingClientRect().right")).doubleValue();
        assertThat(right).isLessThanOrEqualTo(360);
    }
}
