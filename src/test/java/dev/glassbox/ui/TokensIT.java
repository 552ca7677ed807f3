package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokensIT extends BrowserTest {

    /** The tokens lesson, rooted at its main element. */
    private record TokensPage(Locator root) {
        Locator chips() {
            return root.locator("#tokens .gb-chip");
        }

        Locator notice() {
            return root.locator("#tokens-notice");
        }
    }

    private TokensPage lesson() {
        return new TokensPage(page.locator("main"));
    }

    @Test
    void typing_a_sentence_shows_its_tokens_and_the_steps() {
        open("/tokens");
        typeSentence("Hello, world!");
        TokensPage lesson = lesson();
        assertThat(lesson.chips()).hasCount(4);
        assertThat(lesson.chips().nth(1)).containsText(",");
        assertThat(lesson.root().locator("#token-counts")).containsText("13 characters → 4 tokens");
        assertThat(lesson.root().locator("#step-split table")).containsText("world");
        assertThat(page).hasURL(Pattern.compile(".*/tokens\\?s=Hello.*"));
        screenshot("tokens");
        assertNoScriptRan();
    }

    @Test
    void reloading_a_shared_link_restores_the_view() {
        open("/tokens?s=The%20cat%20sat%20on%20the%20mat.&t=word");
        assertThat(lesson().chips()).hasCount(7);
        page.reload();
        idle();
        assertThat(page.locator("#sentence input")).hasValue("The cat sat on the mat.");
        assertThat(lesson().chips()).hasCount(7);
        assertThat(page.locator("#tokenizer")).containsText("word");
    }

    @Test
    void hostile_text_is_shown_as_text_and_never_runs() {
        open("/tokens");
        typeSentence("<script>alert(1)</script><img src=x onerror=alert(2)>");
        assertThat(lesson().chips().first()).containsText("<");
        assertThat(lesson().root().locator("#tokens")).containsText("script");
        assertThat(page.locator("main img")).hasCount(0);
        assertNoScriptRan();
    }

    @Test
    void a_ten_thousand_character_paste_gets_one_clear_sentence() {
        open("/tokens?s=Short%20one");
        typeSentence("a".repeat(10_000));
        assertThat(lesson().notice()).hasText("The text has 10000 characters; Glassbox reads at most 500, so please shorten it.");
        assertThat(page).hasURL(Pattern.compile(".*s=Short.*"));
        assertThat(lesson().chips()).hasCount(2);
    }

    @Test
    void a_bad_link_parameter_gets_a_sentence_not_an_error_page() {
        open("/tokens?s=Hi%20there&t=nonsense");
        assertThat(lesson().notice()).containsText("tokenizer must be one of");
        assertThat(lesson().chips()).hasCount(2);
        open("/tokens?s=");
        assertThat(lesson().notice()).containsText("empty");
    }
}
