package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AttentionIT extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    dev.glassbox.model.encoder.MiniLmLoader loader;

    /** The model loads in the background from start-up; these tests start once it has. */
    @org.junit.jupiter.api.BeforeAll
    void modelLoaded() {
        loader.await(java.time.Duration.ofMinutes(3));
    }

    /** The first visit may wait for the model to finish loading. */
    private static final LocatorAssertions.IsVisibleOptions LOADED = new LocatorAssertions.IsVisibleOptions().setTimeout(120_000);

    /** The attention lesson, rooted at its main element. */
    private record AttentionPage(Locator root) {
        Locator heatmap() {
            return root.locator("#attention-heatmap svg");
        }

        Locator lines() {
            return root.locator("#attention-lines svg");
        }

        Locator queryTokens() {
            return root.locator("#attention-lines .gb-lines-query");
        }

        Locator notice() {
            return root.locator("#attention-notice");
        }

        Locator steps() {
            return root.locator("#query-steps");
        }
    }

    private AttentionPage lesson() {
        return new AttentionPage(page.locator("main"));
    }

    @Test
    void the_default_sentence_points_to_a_head_where_it_looks_at_animal() {
        open("/attention");
        AttentionPage lesson = lesson();
        assertThat(lesson.heatmap()).isVisible(LOADED);
        assertThat(lesson.root().locator("#pronoun-hint")).containsText("“it”");
        assertThat(lesson.root().locator("#pronoun-hint")).containsText("“animal”");
        assertThat(lesson.steps()).containsText("÷ √32");
        assertThat(lesson.root().locator("#head-pattern")).containsText("head");
        screenshot("attention-heatmap");
        lesson.root().locator("#pronoun-link").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*view=lines.*"));
        assertThat(lesson.lines()).isVisible();
        assertThat(lesson.root().locator("#attention-lines .gb-selected").first()).hasText("it");
        assertThat(page.locator("#query")).containsText("it");
        screenshot("attention-lines");
        assertNoScriptRan();
    }

    @Test
    void reloading_a_shared_link_restores_layer_head_and_query_token() {
        open("/attention?s=The%20cat%20sat%20on%20the%20mat.&layer=3&head=7&q=2&view=lines");
        AttentionPage lesson = lesson();
        assertThat(lesson.lines()).isVisible(LOADED);
        page.reload();
        idle();
        assertThat(lesson.lines()).isVisible(LOADED);
        assertThat(page.locator("#layer")).containsText("3");
        assertThat(page.locator("#head")).containsText("7");
        assertThat(page.locator("#query")).containsText("2: cat");
        assertThat(lesson.root()).containsText("Attention weights of layer 3, head 7");
        assertThat(lesson.steps()).containsText("The query of “cat”");
    }

    @Test
    void clicking_a_query_token_and_a_thumbnail_changes_the_link() {
        open("/attention?s=The%20cat%20sat%20on%20the%20mat.&view=lines");
        AttentionPage lesson = lesson();
        assertThat(lesson.lines()).isVisible(LOADED);
        lesson.queryTokens().nth(4).click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*q=4.*"));
        assertThat(lesson.steps()).containsText("The query of “on”");
        open("/attention?s=The%20cat%20sat%20on%20the%20mat.&view=model");
        assertThat(lesson.root().locator("#thumb-5-11")).isVisible(LOADED);
        screenshot("attention-model");
        lesson.root().locator("#thumb-2-6").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*layer=2.*"));
        assertThat(page).hasURL(Pattern.compile(".*head=6.*"));
        assertThat(lesson.heatmap()).isVisible();
    }

    @Test
    void bad_input_gets_one_clear_sentence() {
        open("/attention?s=Hi%20there&layer=9&head=x");
        AttentionPage lesson = lesson();
        assertThat(lesson.heatmap()).isVisible(LOADED);
        assertThat(lesson.notice()).containsText("layer must be a whole number from 0 to 5");
        assertThat(lesson.notice()).containsText("head must be a whole number from 0 to 11");
        open("/attention?s=Hi%20there&q=40");
        assertThat(lesson.notice()).containsText("query token must be a number from 0 to 3");
        open("/attention?s=");
        assertThat(lesson.notice()).containsText("empty");
        open("/attention");
        typeSentence("<script>alert(1)</script><img src=x onerror=alert(2)>");
        assertThat(lesson.heatmap()).isVisible(LOADED);
        assertThat(page.locator("main img")).hasCount(0);
        assertNoScriptRan();
        typeSentence("a ".repeat(150));
        assertThat(lesson.root().locator("#truncation-note")).containsText("152 tokens");
        assertThat(lesson.heatmap()).isVisible();
    }

    @Test
    void tiny_mode_shows_every_number_and_downloads_the_worksheet() throws Exception {
        open("/attention?s=The%20cat%20sat%20on%20the%20mat.&tiny=1");
        Locator steps = page.locator("main #tiny-steps");
        assertThat(steps).containsText("Head 1: softmax");
        assertThat(steps.locator("#step-x")).containsText("cat");
        assertThat(page.locator("#tiny input")).isChecked();
        screenshot("attention-tiny");
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#tiny-csv").click());
        String csv = java.nio.file.Files.readString(download.path());
        org.assertj.core.api.Assertions.assertThat(csv).contains("W_Q").contains("\"cat\"").contains("Head 0: softmax");
        assertNoScriptRan();
    }
}
