package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The shared lesson pieces in a real browser: MathML formulas, folds whose state is in the link, the contents list. */
class PiecesIT extends BrowserTest {

    @Test
    void formulas_are_drawn_as_mathml() {
        open("/test/pieces");
        Locator math = page.locator("math.gb-formula").first();
        assertThat(math).isVisible();
        assertThat(math.evaluate("m => m.namespaceURI")).isEqualTo("http://www.w3.org/1998/Math/MathML");
        assertThat((String) math.locator("msub").first().evaluate("m => m.namespaceURI"))
                .isEqualTo("http://www.w3.org/1998/Math/MathML");
        // A MathML subscript sits lower than its base: the renderer really lays it out as MathML.
        String bottom = "e => e.getBoundingClientRect().bottom";
        double baseBottom = ((Number) math.locator("msub > mi").first().evaluate(bottom)).doubleValue();
        double subBottom = ((Number) math.locator("msub > mrow").first().evaluate(bottom)).doubleValue();
        assertThat(subBottom).isGreaterThan(baseBottom);
    }

    @Test
    void a_fold_keeps_its_state_in_the_link() {
        open("/test/pieces");
        Locator fold = page.locator("#fold-steps");
        assertThat(fold.getByText("The every-number part.")).isHidden();
        fold.locator("vaadin-details-summary").click();
        assertThat(fold.getByText("The every-number part.")).isVisible();
        page.waitForURL("**/test/pieces?open=steps");
        page.reload();
        idle();
        assertThat(page.locator("#fold-steps").getByText("The every-number part.")).isVisible();
        page.locator("#fold-steps vaadin-details-summary").click();
        page.waitForURL(url -> !url.contains("open="));
        page.reload();
        idle();
        assertThat(page.locator("#fold-steps")).not().hasAttribute("opened", "");
    }

    @Test
    void a_contents_link_scrolls_to_its_section_and_stays_on_the_page() {
        open("/test/pieces?open=steps");
        page.locator("#contents a", new Page.LocatorOptions().setHasText("Later")).click();
        assertThat(page.locator("#later")).isInViewport();
        assertThat(page.locator("#later")).isFocused();
        assertThat(page.url()).contains("/test/pieces?open=steps");
    }
}
