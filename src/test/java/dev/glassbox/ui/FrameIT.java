package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import dev.glassbox.ui.base.SummariesTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The frame every view shares: skip link, light/dark, icon, and the browser base module. */
class FrameIT extends BrowserTest {

    @Test
    void the_first_tab_stop_skips_to_the_lesson_and_the_next_reaches_the_sentence_field() {
        open("/tokens");
        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-link")).isFocused();
        assertThat(page.locator("#skip-link")).isInViewport();
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(page.locator("#sentence input")).isFocused();
    }

    @Test
    void dark_colours_chosen_once_stay_on_reload_and_on_every_view() {
        open("/");
        assertThat(page.locator("html")).not().hasAttribute("theme", "dark");
        page.locator("#color-scheme").click();
        assertThat(page.locator("html")).hasAttribute("theme", "dark");
        assertThat(page.locator("#color-scheme")).hasAttribute("aria-pressed", "true");
        // Recorded by the page itself when its document has been parsed, before anything is painted.
        page.addInitScript("document.addEventListener('DOMContentLoaded', () => "
                + "{ window.gbThemeAtFirstParse = document.documentElement.getAttribute('theme'); });");
        page.reload();
        idle();
        assertThat(page.locator("html")).hasAttribute("theme", "dark");
        assertThat(page.evaluate("() => window.gbThemeAtFirstParse")).isEqualTo("dark");
        open("/normal");
        assertThat(page.locator("html")).hasAttribute("theme", "dark");
        page.locator("#color-scheme").click();
        assertThat(page.locator("html")).hasAttribute("theme", "light");
        page.reload();
        idle();
        assertThat(page.locator("html")).hasAttribute("theme", "light");
        assertThat(page.evaluate("() => window.gbThemeAtFirstParse")).isEqualTo("light");
    }

    @Test
    void a_shared_link_can_carry_dark_colours_to_any_view() {
        for (String view : List.of("/?theme=dark", "/tokens?s=Hi&theme=dark", "/python/objects?theme=dark")) {
            page.addInitScript("document.addEventListener('DOMContentLoaded', () => "
                    + "{ window.gbThemeAtFirstParse = document.documentElement.getAttribute('theme'); });");
            open(view);
            assertThat(page.locator("html")).hasAttribute("theme", "dark");
            assertThat(page.evaluate("() => window.gbThemeAtFirstParse")).isEqualTo("dark");
            page.evaluate("() => localStorage.clear()");
        }
        open("/tokens?theme=light");
        assertThat(page.locator("html")).hasAttribute("theme", "light");
    }

    @Test
    void the_icon_is_served() {
        APIResponse ico = page.request().get("http://127.0.0.1:" + port + "/favicon.ico");
        assertThat(ico.status()).isEqualTo(200);
        // An ICO file starts with reserved 0, type 1 (icon): bytes 00 00 01 00.
        assertThat(ico.body()).startsWith(0, 0, 1, 0);
        APIResponse svg = page.request().get("http://127.0.0.1:" + port + "/icons/glassbox.svg");
        assertThat(svg.status()).isEqualTo(200);
        open("/");
        assertThat(page.locator("head link[rel=icon]")).hasAttribute("href", "icons/glassbox.svg");
    }

    @Test
    void the_browser_writes_every_number_as_the_server_does() throws IOException {
        open("/");
        List<String> wrong = new ArrayList<>();
        for (JsonNode e : SummariesTest.examples()) {
            String x = e.get("x").asString();
            int digits = e.get("digits").asInt();
            Object text = page.evaluate("([x, d]) => window.Glassbox.number(Number(x), d)", List.of(x, digits));
            if (!e.get("text").asString().equals(text)) {
                wrong.add(x + " (" + digits + "): " + text + " instead of " + e.get("text").asString());
            }
        }
        // Expected text: the shared table's source (Python's decimal module); the same table SummariesTest checks.
        assertThat(wrong).isEmpty();
    }

    @Test
    void in_spanish_the_browser_writes_every_number_with_a_decimal_comma_as_the_server_does() throws IOException {
        open("/?lang=es");
        List<String> wrong = new ArrayList<>();
        for (JsonNode e : SummariesTest.examples()) {
            String x = e.get("x").asString();
            int digits = e.get("digits").asInt();
            Object text = page.evaluate("([x, d]) => window.Glassbox.number(Number(x), d)", List.of(x, digits));
            // The shared table's text with the decimal point as a comma (SummariesTest checks the server the same way).
            String expected = e.get("text").asString().replace('.', ',');
            if (!expected.equals(text)) {
                wrong.add(x + " (" + digits + "): " + text + " instead of " + expected);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void invisible_characters_get_a_visible_label_and_a_spoken_name() {
        // U+200D zero-width joiner between two letters, U+FE0F variation selector 16, U+200B zero-width space.
        open("/tokens?s=" + encode("a\u200Db \uFE0F c\u200B"));
        assertThat(page.locator(".gb-chip-invisible").first()).isVisible();
        assertThat(page.locator("main")).containsText("⟨ZWJ⟩");
        assertThat(page.locator(".gb-chip-invisible").first()).hasAttribute("aria-label",
                Pattern.compile(".*(zero-width|variation selector).*"));
        assertNoScriptRan();
    }
}
