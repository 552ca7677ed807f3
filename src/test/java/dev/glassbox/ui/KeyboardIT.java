package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson without a mouse: the skip link is the first Tab stop and takes the focus to the lesson; Tab reaches
 * the lesson's main control and the keys a keyboard learner uses (typing, Enter, arrows) operate it; heatmap cells are
 * read out with the arrow keys. No test here clicks: even the questions before the figures are shown with Tab and
 * Enter.
 */
class KeyboardIT extends ModelBrowserTest {

    /** The most Tab presses a control may need: the navbar, the menu and the controls before it. */
    private static final int MAX_TABS = 120;

    private static final String SENTENCE = "Time flies like an arrow.";

    /** Starting Python in the page (download, compile, boot) and one run, on a busy machine (as in PythonIT). */
    private static final LocatorAssertions.ContainsTextOptions PYTHON = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(120_000);

    /**
     * Whether the focused element is inside {@code selector} (Vaadin's fields focus their slotted input or button,
     * which sits inside the component's own element).
     */
    private boolean focused(String selector) {
        return (Boolean) page.evaluate("s => { const a = document.activeElement; return !!(a && a.closest(s)); }", selector);
    }

    /** Presses Tab until the focus is inside {@code selector}; fails if it never gets there. */
    private void tabTo(String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (focused(selector)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + selector + " in " + MAX_TABS + " presses; focus is on "
                + page.evaluate("() => { const a = document.activeElement; return a ? a.outerHTML.slice(0, 120) : 'nothing'; }"));
    }

    /** Opens a page, then Tab, Enter on the skip link: the focus is now on the lesson itself. */
    private void openAndSkip(String path) {
        open(path);
        page.keyboard().press("Tab");
        assertThat(focused("#skip-link")).as("the first Tab stop is the skip link").isTrue();
        assertThat(page.locator("#skip-link")).isInViewport();
        page.keyboard().press("Enter");
        assertThat(focused("vaadin-app-layout > :not([slot])")).as("the skip link takes the focus to the lesson").isTrue();
    }

    /** Shows every question's figures with the keyboard ("Show without answering": Tab to it, Enter), then skips again. */
    private void showAllQuestions() {
        String show = ".gb-question vaadin-button[id$='-show']";
        for (int i = 0; i < 20 && page.locator(Questions.SHOW).count() > 0; i++) {
            tabTo(show);
            page.keyboard().press("Enter");
            idle();
        }
        // Back to the top of the lesson, as a learner would with the skip link (focused programmatically, not clicked).
        page.locator("#skip-link").focus();
        page.keyboard().press("Enter");
    }

    static Stream<String> sentenceLessons() {
        return Stream.of("/tokens", "/embeddings", "/attention", "/encoder", "/decoder", "/generate", "/lstm", "/zscores");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentenceLessons")
    void a_lesson_takes_a_new_sentence_from_the_keyboard(String path) {
        openAndSkip(path);
        tabTo("#sentence");
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type(SENTENCE);
        page.keyboard().press("Enter");
        idle();
        assertThat(page).hasURL(Pattern.compile(".*[?&]s=Time(%20|\\+)flies.*"));
        assertThat(page.locator("#current-sentence")).hasText("“" + SENTENCE + "”");
    }

    /** A lesson, the control that moves it (a layer, a head, a step), the keys, and what the link then says. */
    static Stream<Arguments> controls() {
        return Stream.of(
                Arguments.of("/tokens?s=lower%20newest&t=bpe", "#merge-next", "Enter", "[?&]m=1"),
                Arguments.of("/positions", "#positions", "Enter ArrowDown Enter", "[?&]n="),
                Arguments.of("/attention", "#layer", "Enter ArrowDown Enter", "[?&]layer=1"),
                Arguments.of("/encoder", "#layer", "Enter ArrowDown Enter", "[?&]layer="),
                Arguments.of("/decoder", "#head", "Enter ArrowDown Enter", "[?&]head="),
                Arguments.of("/generate", "#another-seed", "Enter", "[?&]seed="),
                Arguments.of("/translate", "#step-next", "Enter", "[?&]step=2"),
                Arguments.of("/lstm?s=Call%20me&t=1", "#next-step", "Enter", "[?&]t=2"),
                Arguments.of("/lstm?s=Call%20me&t=1", "#ts-4", "Enter", "[?&]t=4"),
                Arguments.of("/normal", "#mu", "ControlOrMeta+A 5 Enter", "[?&]mu=5"),
                Arguments.of("/embeddings", "#sentence", "ControlOrMeta+A k i n g Enter", "[?&]s=king"));
    }

    @ParameterizedTest(name = "{0}: {1} with {2}")
    @MethodSource("controls")
    void a_lesson_s_main_control_works_from_the_keyboard(String path, String control, String keys, String expected) {
        openAndSkip(path);
        showAllQuestions();
        tabTo(control);
        for (String key : keys.split(" ")) {
            page.keyboard().press(key);
            page.waitForTimeout(150);
        }
        idle();
        assertThat(page).hasURL(Pattern.compile(".*" + expected + ".*"));
    }

    @Test
    void heatmap_cells_are_read_out_with_the_arrow_keys() {
        openAndSkip("/attention?s=" + encode("The cat sat."));
        showAllQuestions();
        tabTo("#attention-heatmap svg.gb-heatmap");
        var readout = page.locator("#attention-heatmap .gb-readout");
        assertThat(readout).hasAttribute("aria-live", "polite");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowDown");
        // Row 1, column 1 (tokens "the", "the" after [CLS]): the value is the numbers table's cell, as written there.
        String row = page.locator("#attention-heatmap table.gb-table tbody tr").nth(1).locator("th, td").first().textContent();
        String col = page.locator("#attention-heatmap table.gb-table thead th").nth(2).textContent();
        String value = page.locator("#attention-heatmap table.gb-table tbody tr").nth(1).locator("td").nth(1).textContent();
        assertThat(readout).containsText("“" + row + "”");
        assertThat(readout).containsText("“" + col + "”");
        assertThat(readout).containsText(value.substring(0, Math.min(4, value.length())));
        // Visible focus: the focused map has an outline.
        String outline = (String) page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).isNotEqualTo("none");
    }

    @Test
    void python_code_is_written_and_run_from_the_keyboard() {
        openAndSkip("/python/objects");
        showAllQuestions();
        tabTo("textarea.gb-py-code");
        page.keyboard().press("ControlOrMeta+End");
        page.keyboard().press("Enter");
        page.keyboard().insertText("print('typed ' + str(6 * 7))");
        // Ctrl+Enter runs (the editor's help says so) once Python has started in the page; Tab indents inside the
        // editor, Esc then Tab leaves it.
        assertThat(page.locator("#python .gb-py-status")).containsText("is ready", PYTHON);
        page.keyboard().press("Control+Enter");
        assertThat(page.locator("#python .gb-py-output")).containsText("typed 42", PYTHON);
        page.keyboard().press("Escape");
        page.keyboard().press("Tab");
        assertThat(focused("textarea.gb-py-code")).as("Esc, Tab leaves the editor: no keyboard trap").isFalse();
    }
}
