package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generic figures read well: robust colour scales that say what they are, labels that never overlap. */
class FiguresIT extends ModelBrowserTest {

    /** JavaScript that returns how many label boxes of {@code selector} overlap another. */
    private static final String OVERLAPS = """
            els => {
              const boxes = els.filter(e => e.getAttribute('visibility') !== 'hidden')
                  .map(e => e.getBoundingClientRect()).filter(r => r.width > 0);
              let n = 0;
              for (let i = 0; i < boxes.length; i++)
                for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i], b = boxes[j];
                  if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) n++;
                }
              return n;
            }""";

    @Test
    void one_extreme_value_does_not_flatten_the_colour_scale() {
        open("/");
        // 200 numbers: -0.1, -0.099, …, 0.099 (199 steps of 0.001 from -0.1 … by hand) and one 1.87.
        @SuppressWarnings("unchecked")
        Map<String, Object> sc = (Map<String, Object>) page.evaluate("""
                () => {
                  const values = [...Array(199).keys()].map(i => -0.1 + i * 0.001).concat([1.87]);
                  const s = window.Glassbox.scale(values);
                  return {lo: s.lo, hi: s.hi, clipped: s.clipped, name: s.name};
                }""");
        // Nearest rank of the 98th percentile of 200 sorted values: index round(0.98 × 199) = 195, i.e. -0.1 + 0.195
        // = 0.095; the 2nd: index round(0.02 × 199) = 4, i.e. -0.096. Both signs: symmetric, ±0.096 vs ±0.095 → ±0.096.
        assertThat(((Number) sc.get("hi")).doubleValue()).isCloseTo(0.096, within(1e-9));
        assertThat(((Number) sc.get("lo")).doubleValue()).isCloseTo(-0.096, within(1e-9));
        // Beyond ±0.096: -0.1, -0.099, -0.098, -0.097 below; 0.097, 0.098 and 1.87 above.
        assertThat(((Number) sc.get("clipped")).intValue()).isEqualTo(7);
        assertThat((String) sc.get("name")).contains("viridis", "symmetric around 0", "percentile", "7 values");
    }

    @Test
    void learned_positions_name_their_scale_and_its_clipping() {
        open("/positions");
        Questions.showAll(page, this::idle);
        assertThat(page.locator("#learned-heatmap .gb-legend-name")).containsText("2nd/98th percentile");
        assertThat(page.locator("#learned-heatmap .gb-legend")).containsText("≥");
        assertThat(page.locator("#pe-heatmap .gb-legend-name")).containsText("viridis");
    }

    @Test
    void row_labels_of_tall_heatmaps_never_overlap() {
        open("/encoder");
        Questions.showAll(page, this::idle);
        assertThat(page.locator("main .gb-heatmap").first()).isVisible();
        Object encoder = page.locator("main .gb-heatmap text.gb-axis[text-anchor=end]").evaluateAll(OVERLAPS);
        assertThat(((Number) encoder).intValue()).isZero();
        open("/positions?n=128&d=64");
        Questions.showAll(page, this::idle);
        assertThat(page.locator("#pe-heatmap .gb-heatmap")).isVisible();
        Object positions = page.locator("main .gb-heatmap text.gb-axis[text-anchor=end]").evaluateAll(OVERLAPS);
        assertThat(((Number) positions).intValue()).isZero();
    }

    @Test
    void the_word_map_places_its_labels_without_overlap() {
        open("/embeddings");
        assertThat(page.locator("gb-scatter svg")).isVisible();
        Object overlaps = page.locator("gb-scatter .gb-point-label").evaluateAll(OVERLAPS);
        assertThat(((Number) overlaps).intValue()).isZero();
        // A label left out for lack of room is read on focus, in the list.
        List<String> hidden = page.locator("gb-scatter .gb-point-label-hidden").allTextContents();
        if (!hidden.isEmpty()) {
            assertThat(page.locator("gb-scatter .gb-readout-hint")).containsText("left out");
        }
        assertNoScriptRan();
    }
}
