package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.glassbox.model.encoder.MiniLmLoader;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PositionsIT extends BrowserTest {

    @Autowired
    MiniLmLoader loader;

    @BeforeAll
    void modelLoaded() {
        loader.await(Duration.ofMinutes(3));
    }

    @Test
    void the_formula_and_the_learned_positions_are_shown_with_their_similarities() {
        open("/positions?n=16&d=16");
        assertThat(page.locator("#pe-heatmap svg")).isVisible();
        assertThat(page.locator("#pe-cosines svg")).isVisible();
        assertThat(page.locator("#learned-heatmap svg")).isVisible();
        assertThat(page.locator("#learned-cosines svg")).isVisible();
        assertThat(page.locator("#positions")).containsText("16");
        screenshot("positions");
        assertNoScriptRan();
    }

    @Test
    void a_bad_link_gets_one_sentence() {
        open("/positions?n=9999&d=abc");
        assertThat(page.locator("#positions-notice")).containsText("number of positions must be one of");
        assertThat(page.locator("#pe-heatmap svg")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*n=9999.*"));
    }
}
