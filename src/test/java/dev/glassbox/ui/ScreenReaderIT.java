package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a screen reader needs on every page: figures with a name, a summary sentence and their numbers as a table;
 * headings that form a real outline; and step changes (a BPE merge, an LSTM time step, a translation step) said in
 * a polite live region.
 */
class ScreenReaderIT extends ModelBrowserTest {

    /**
     * For each Glassbox figure on the page, what it lacks: a name (role figure and aria-label), a summary sentence
     * (a .gb-summary or, for an element that writes none, a named picture), and its numbers as a table (a single
     * value is its own text).
     */
    private static final String FIGURE_GAPS = """
            async () => {
              // A large table is built when its fold first opens: open them all, as a reader would, and let them build.
              for (const d of document.querySelectorAll('gb-figure details.gb-numbers')) d.open = true;
              await new Promise(r => setTimeout(r, 200));
              const gaps = [];
              for (const f of document.querySelectorAll('gb-figure')) {
                if (!f.data) continue;
                const what = (f.id ? '#' + f.id : 'gb-figure') + ' (' + f.data.kind + ')';
                const name = (f.getAttribute('aria-label') || '').trim();
                if (f.getAttribute('role') !== 'figure' || !name) gaps.push(what + ': no name');
                const summary = f.querySelector(':scope > .gb-summary');
                if (!summary || !summary.textContent.trim()) gaps.push(what + ': no summary sentence');
                else if (summary.textContent.trim() !== name) gaps.push(what + ': name and summary differ');
                if (f.data.kind !== 'scalar' && !f.querySelector('table.gb-table th')) gaps.push(what + ': no numbers table');
              }
              return gaps;
            }""";

    /** The page's headings in order, as "h2 Title"; the levels must start at 1 and never skip one going down. */
    private static final String OUTLINE_GAPS = """
            () => {
              const main = document.querySelector('vaadin-app-layout > :not([slot])') || document.body;
              const hs = [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')];
              const gaps = [];
              let previous = 0;
              const ones = hs.filter(h => h.localName === 'h1').length;
              if (ones !== 1) gaps.push(ones + ' h1 headings');
              for (const h of hs) {
                const level = +h.localName[1];
                if (level > previous + 1) gaps.push(h.localName + ' “' + h.textContent.trim().slice(0, 40) + '” after h' + previous);
                previous = level;
              }
              return gaps;
            }""";

    @Test
    void every_figure_has_a_name_a_summary_and_a_numbers_table() {
        List<String> failures = new ArrayList<>();
        int figures = 0;
        for (String path : AccessibilityIT.pages()) {
            open(path);
            page.waitForTimeout(300);
            idle();
            Questions.showAll(page, this::idle);
            figures += ((Number) page.evaluate("() => document.querySelectorAll('gb-figure').length")).intValue();
            @SuppressWarnings("unchecked")
            List<String> gaps = (List<String>) page.evaluate(FIGURE_GAPS);
            gaps.forEach(g -> failures.add(AccessibilityIT.shortPath(path) + " " + g));
        }
        assertThat(figures).as("figures checked").isGreaterThan(50);
        assertThat(failures).as("figures without a name, summary or numbers table").isEmpty();
    }

    @Test
    void headings_form_an_outline_on_every_page() {
        List<String> failures = new ArrayList<>();
        for (String path : AccessibilityIT.pages()) {
            open(path);
            page.waitForTimeout(300);
            idle();
            Questions.showAll(page, this::idle);
            @SuppressWarnings("unchecked")
            List<String> gaps = (List<String>) page.evaluate(OUTLINE_GAPS);
            gaps.forEach(g -> failures.add(AccessibilityIT.shortPath(path) + ": " + g));
        }
        assertThat(failures).as("headings out of order").isEmpty();
    }

    @Test
    void a_new_bpe_merge_is_said_politely() {
        open("/tokens?s=" + encode("lower newest"));
        // The merges stand behind a question: show it first.
        Questions.showAll(page, this::idle);
        var caption = page.locator("#merge-caption");
        assertThat(caption).hasAttribute("aria-live", "polite");
        assertThat(caption).containsText("Step 0 of");
        String before = caption.textContent();
        page.locator("#merge-next").click();
        idle();
        assertThat(caption).not().hasText(before);
        assertThat(caption).containsText("Merge");
    }

    @Test
    void an_lstm_time_step_is_said_politely() {
        open("/lstm?s=" + encode("Call me") + "&t=2");
        var said = page.locator("#step-announcer");
        assertThat(said).hasAttribute("aria-live", "polite");
        // The same step as the visible title says it, with the first of the visible five most likely characters.
        String title = page.locator("#step-title").textContent();
        assertThat(title).startsWith("Step 2: ");
        assertThat(said).hasText(title.replace("Step 2:", "Step 2 of 7:") + "; most likely next: “" + firstGuess() + "”.");
        page.locator("#next-step").click();
        idle();
        assertThat(said).containsText("Step 3 of 7: ");
        assertThat(said).containsText(page.locator("#step-title").textContent().substring("Step 3: ".length()));
    }

    private String firstGuess() {
        return page.locator("#top5").getAttribute("aria-label").replaceAll(".*first “(.*)”\\.$", "$1");
    }

    @Test
    void a_translation_step_is_said_politely() {
        open("/translate");
        var said = page.locator("#step-announcer");
        assertThat(said).hasAttribute("aria-live", "polite");
        page.locator("#step-next").click();
        idle();
        assertThat(said).hasText(page.locator("#step-sentence").textContent());
        assertThat(said).containsText("Step 2 of");
    }
}
