package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.glassbox.model.text.LearnerText;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HomeIT extends BrowserTest {

    @Test
    void the_home_page_starts_with_the_default_sentence_and_its_journey() {
        open("/");
        assertThat(page.locator("#sentence input")).hasValue(LearnerText.DEFAULT_SENTENCE);
        // 12 tokens: 11 words and the full stop, counted by hand.
        assertThat(page.locator("#card-tokens")).containsText("12 tokens");
        assertThat(page.locator("#card-tokens .gb-chip")).hasCount(12);
        assertThat(page.locator("#lesson-menu")).containsText("Tokens");
        // The README's picture: every card, with the transformer's cards filled in once it has loaded.
        page.setViewportSize(1280, 1500);
        for (int i = 0; i < 60 && page.locator("#card-attention gb-figure").count() == 0; i++) {
            page.waitForTimeout(2_000);
            open("/");
        }
        screenshot("home");
        assertNoScriptRan();
    }

    @Test
    void a_new_sentence_flows_into_the_cards_the_menu_and_the_link() {
        open("/");
        typeSentence("The cat sat on the mat.");
        assertThat(page).hasURL(Pattern.compile(".*\\?s=The(\\+|%20)cat(\\+|%20)sat.*"));
        assertThat(page.locator("#card-tokens .gb-chip")).hasCount(7);
        assertThat(page.locator("#current-sentence")).containsText("The cat sat on the mat.");
        page.locator("#card-tokens a").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*/tokens\\?.*s=The.*"));
        assertThat(page.locator("#sentence input")).hasValue("The cat sat on the mat.");
    }

    @Test
    void the_light_dark_switch_changes_the_colour_scheme() {
        open("/");
        page.locator("#color-scheme").click();
        idle();
        assertThat(page.locator("html")).hasAttribute("theme", Pattern.compile(".*dark.*"));
    }
}
