package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Predict, then check, in the Python lessons: the example runs once, out of sight, in the browser's own Python; the
 * learner predicts how many lines it prints and what one line says; only then do the toolbar and the output appear,
 * and the truth shown is what the output panel holds.
 */
class PythonQuestionsIT extends BrowserTest {

    /** Starting Pyodide (download, compile, boot) plus one run, on a shared, busy machine. */
    private static final double PYTHON_MS = 120_000;

    private Locator output() {
        return page.locator("#python .gb-py-output");
    }

    private void questionsAppear() {
        assertThat(page.locator("#question-py-lines")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(PYTHON_MS));
        idle();
    }

    private void answer(String id, String value) {
        page.locator("#question-" + id + "-number").fill(value);
        page.locator("#question-" + id + "-check").click();
        idle();
    }

    /** The lines the output panel shows, as the learner sees them. */
    private List<String> shownLines() {
        String text = output().innerText();
        return List.of(text.replaceFirst("\n+$", "").split("\n", -1));
    }

    @Test
    void predictions_are_checked_against_what_the_example_prints_in_the_browser() {
        open("/python/objects");
        assertThat(page.locator("#python .gb-py-run")).isHidden();
        questionsAppear();
        assertThat(page.locator("#python .gb-py-run")).isHidden();
        assertThat(output()).isHidden();

        answer("py-lines", "4");
        assertThat(page.locator("#question-py-lines-result")).containsText("Not quite: you said 4; the answer is ");
        // One question is still open: the run stays out of sight.
        assertThat(output()).isHidden();
        answer("py-line", "buddy is NOW 4");
        assertThat(page.locator("#question-py-line-result")).containsText("Right: ");
        assertThat(output()).isVisible();
        assertThat(page.locator("#python .gb-py-run")).isVisible();

        // The truth the questions revealed is what Python printed here, line by line.
        List<String> lines = shownLines();
        assertThat(page.locator("#question-py-lines-result")).containsText("the answer is " + lines.size() + ".");
        assertThat(page.locator("#question-py-line-result")).containsText("Right: " + lines.get(2) + ".");
        assertThat(lines.get(2)).isEqualTo("Buddy is now 4"); // by hand: birthday() makes Buddy, 3, four
        page.waitForURL(url -> url.contains("answer=py-line.~") && url.contains("py-lines.4."));
        screenshot("questions-python");

        page.reload();
        idle();
        questionsAppear();
        assertThat(page.locator("#question-py-lines-result")).containsText("Not quite: you said 4");
        assertThat(page.locator("#question-py-line-result")).containsText("Right: Buddy is now 4.");
        assertThat(page.locator("#question-py-line-number")).hasValue("buddy is NOW 4");
        assertThat(output()).isVisible();
        assertThat(output()).containsText("Buddy is now 4");
        assertNoScriptRan();
    }

    @Test
    void showing_without_answering_reveals_the_output_and_edited_code_asks_nothing() {
        open("/python/inheritance");
        questionsAppear();
        page.locator("#question-py-lines-show").click();
        idle();
        assertThat(output()).isHidden();
        page.locator("#question-py-line-show").click();
        idle();
        assertThat(page.locator("#question-py-line-result")).containsText("The answer: Donald flies, then swims, then walks.");
        assertThat(output()).isVisible();
        assertThat(output()).containsText("Donald flies, then swims, then walks");
        // An exercise is the learner's own code: nothing to predict, the toolbar is there at once.
        page.locator("#task-1").click();
        idle();
        assertThat(page.locator("#question-py-lines")).hasCount(0);
        assertThat(page.locator("#python .gb-py-run")).isVisible();
    }
}
