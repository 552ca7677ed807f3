package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.ui.base.Summaries;
import java.nio.file.Files;
import java.util.Locale;
import java.util.regex.Pattern;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttentionIT extends ModelBrowserTest {

    /** The figures stand behind the lesson's questions: these tests show them without answering (see *QuestionsIT). */
    @Override
    protected void open(String pathAndQuery) {
        super.open(pathAndQuery);
        Questions.showAll(page, this::idle);
    }

    @Override
    protected void typeSentence(String text) {
        super.typeSentence(text);
        Questions.showAll(page, this::idle);
    }


    /** The model loads in the background from start-up; these tests start once it has. */

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

        Locator fold(String name) {
            return root.locator("#fold-" + name);
        }
    }

    private AttentionPage lesson() {
        return new AttentionPage(page.locator("main"));
    }

    private EncoderRun run(String sentence) {
        return loader.run(loader.ready().orElseThrow(), EncoderInput.of(sentence));
    }

    /** The largest weight {@code query} gives {@code key} in any of the 72 heads, found here without HeadSearch. */
    private static float largest(EncoderRun run, int query, int key) {
        float max = 0;
        for (int l = 0; l < MiniLmEncoder.LAYERS; l++) {
            for (int h = 0; h < MiniLmEncoder.HEADS; h++) {
                max = Math.max(max, run.attention(l, h)[query][key]);
            }
        }
        return max;
    }

    @Test
    void the_pronoun_section_shows_the_models_weights_for_both_nouns_side_by_side() {
        open("/attention");
        AttentionPage lesson = lesson();
        // The question before the figure comes with the model's numbers: wait for it, then show the figure.
        assertThat(lesson.root().locator("#question-attn-top")).isVisible(LOADED);
        Questions.showAll(page, this::idle);
        assertThat(lesson.heatmap()).isVisible(LOADED);
        EncoderRun run = run(LearnerText.DEFAULT_SENTENCE);
        int it = run.tokens().indexOf("it");
        int animal = run.tokens().indexOf("animal");
        int street = run.tokens().indexOf("street");
        Locator hint = lesson.root().locator("#pronoun-hint");
        assertThat(hint).containsText("“animal” gets " + Summaries.number(largest(run, it, animal)));
        Locator table = lesson.root().locator("#pronoun-candidates");
        assertThat(table).containsText("animal");
        assertThat(table).containsText("street");
        assertThat(table).containsText(Summaries.number(largest(run, it, street)));
        assertThat(lesson.root().locator("#pronoun")).containsText("not the model's decision");
        assertThat(lesson.root().locator("#pronoun")).containsText("Attention is not Explanation");
        // the pattern sentence: the average weight on [CLS] over all rows of layer 0, head 0, computed here
        float[][] a = run.attention(0, 0);
        double cls = 0;
        for (float[] row : a) {
            cls += row[0];
        }
        assertThat(lesson.root().locator("#head-pattern"))
                .containsText(String.format(Locale.ROOT, "%.0f%% to [CLS]", 100 * cls / a.length));
        screenshot("attention-heatmap");
        lesson.root().locator("#pronoun-link").click();
        idle();
        // The new query asks its question again once the model's numbers are in: wait for it or the figure.
        assertThat(page.locator("#attention-lines svg, " + Questions.SHOW).first()).isVisible(LOADED);
        Questions.showAll(page, this::idle);
        assertThat(page).hasURL(Pattern.compile(".*view=lines.*"));
        assertThat(lesson.lines()).isVisible();
        assertThat(lesson.root().locator("#attention-lines .gb-selected").first()).hasText("it");
        assertThat(page.locator("#query")).containsText("it");
        screenshot("attention-lines");
        assertNoScriptRan();
    }

    @Test
    void the_winograd_pairs_show_the_search_picks_the_same_noun_in_both_sentences() {
        open("/attention?open=pairs");
        Locator pairs = lesson().root().locator("#pronoun-pairs");
        assertThat(pairs).isVisible(LOADED);
        String wide = "The animal didn't cross the street because it was too wide.";
        EncoderRun run = run(wide);
        int it = run.tokens().indexOf("it");
        // the search's pick for "too wide" is "animal" although a reader takes "it" to mean the street
        Locator row = pairs.locator("tr", new Locator.LocatorOptions().setHasText("too wide"));
        assertThat(row).containsText("street");
        assertThat(row).containsText("animal");
        assertThat(pairs.locator("tr", new Locator.LocatorOptions().setHasText("too small"))).containsText("trophy");
        org.assertj.core.api.Assertions.assertThat(largest(run, it, run.tokens().indexOf("animal")))
                .isGreaterThan(largest(run, it, run.tokens().indexOf("street")));
    }

    @Test
    void reloading_a_shared_link_restores_layer_head_query_token_and_open_folds() {
        open("/attention?s=The%20cat%20sat%20on%20the%20mat.&layer=3&head=7&q=2&view=lines&open=query");
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
        assertThat(lesson.steps()).containsText("÷ √32");
        assertThat(lesson.fold("head").locator("#head-steps")).hasCount(0);
        lesson.fold("head").locator("vaadin-details-summary").click();
        assertThat(lesson.root().locator("#head-steps")).containsText("Scaled by √dK");
        assertThat(page).hasURL(Pattern.compile(".*open=head%2Cquery.*|.*open=head,query.*"));
        page.reload();
        idle();
        assertThat(lesson.root().locator("#head-steps")).containsText("Scaled by √dK", new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
    }

    @Test
    void clicking_a_query_token_and_a_thumbnail_changes_the_link() {
        open("/attention?s=The%20cat%20sat%20on%20the%20mat.&view=lines&open=query");
        AttentionPage lesson = lesson();
        assertThat(lesson.lines()).isVisible(LOADED);
        lesson.queryTokens().nth(4).click();
        idle();
        Questions.showAll(page, this::idle);
        assertThat(page).hasURL(Pattern.compile(".*q=4.*"));
        assertThat(lesson.steps()).containsText("The query of “on”");
        open("/attention?s=The%20cat%20sat%20on%20the%20mat.&view=model");
        assertThat(lesson.root().locator("#thumb-5-11")).isVisible(LOADED);
        screenshot("attention-model");
        lesson.root().locator("#thumb-2-6").click();
        idle();
        Questions.showAll(page, this::idle);
        assertThat(page).hasURL(Pattern.compile(".*layer=2.*"));
        assertThat(page).hasURL(Pattern.compile(".*head=6.*"));
        assertThat(lesson.heatmap()).isVisible();
    }

    @Test
    void a_new_sentence_chooses_its_own_query_token() {
        open("/attention?s=The%20animal%20didn%27t%20cross%20the%20street%20because%20it%20was%20too%20tired%20and%20hungry.&q=15&view=lines");
        AttentionPage lesson = lesson();
        assertThat(lesson.lines()).isVisible(LOADED);
        assertThat(page.locator("#query vaadin-select-value-button")).hasText("15: hungry");
        typeSentence("Hi there");
        assertThat(lesson.lines()).isVisible();
        assertThat(page).not().hasURL(Pattern.compile(".*q=15.*"));
        assertThat(lesson.notice()).isHidden();
        assertThat(page.locator("#query vaadin-select-value-button")).hasText("1: hi");
    }

    @Test
    void on_a_phone_the_figures_scroll_in_their_own_box_and_never_the_page() {
        // Before: the 520 px lines figure and the heatmap made the lesson 603 px wide at 390 px.
        page.setViewportSize(390, 844);
        for (String view : new String[] {"lines", "heatmap", "model"}) {
            open("/attention?view=" + view + "&open=query,pairs");
            assertThat(lesson().root().locator("#pronoun-hint")).isVisible(LOADED);
            Object wide = page.evaluate("() => { const m = document.querySelector('main'); return m.scrollWidth - m.clientWidth; }");
            org.assertj.core.api.Assertions.assertThat(((Number) wide).intValue()).as(view).isLessThanOrEqualTo(0);
        }
        screenshot("attention-phone");
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
    void tiny_mode_shows_every_number_says_what_it_leaves_out_and_downloads_the_worksheet() throws Exception {
        open("/attention?s=The%20cat%20saw%20the%20dog.&tiny=1");
        Locator steps = page.locator("main #tiny-steps");
        assertThat(steps).containsText("Head 1: softmax");
        assertThat(steps.locator("#step-x")).containsText("cat");
        assertThat(page.locator("#tiny input")).isChecked();
        assertThat(page.locator("main #tiny-bag")).containsText("“dog the saw cat The”");
        assertThat(page.locator("main #tiny-bag")).containsText("words 1 and 4, “The” and “the”");
        assertThat(page.locator("main #tiny-mode")).containsText("bag of words");
        screenshot("attention-tiny");
        Download download = page.waitForDownload(() -> page.locator("#tiny-csv").click());
        String csv = Files.readString(download.path());
        org.assertj.core.api.Assertions.assertThat(csv).contains("W_Q").contains("\"cat\"").contains("Head 0: softmax");
        assertNoScriptRan();
    }

    @Test
    void in_spanish_the_headings_the_pronoun_sentence_and_the_link_stay_spanish() {
        LessonText es = LessonText.of("attention", Language.SPANISH);
        open("/attention?lang=es");
        AttentionPage lesson = lesson();
        assertThat(lesson.root().locator("#question-attn-top")).isVisible(LOADED);
        Questions.showAll(page, this::idle);
        assertThat(lesson.heatmap()).isVisible(LOADED);
        assertThat(page.locator("main h1")).hasText(es.plain("title"));
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("es");
        EncoderRun run = run(LearnerText.DEFAULT_SENTENCE);
        int it = run.tokens().indexOf("it");
        int animal = run.tokens().indexOf("animal");
        // the largest weight "it" gives "animal" in any head, found here without HeadSearch, written with a comma
        String weight = Summaries.number(largest(run, it, animal)).replace('.', ',');
        org.assertj.core.api.Assertions.assertThat(weight).contains(",");
        assertThat(lesson.root().locator("#pronoun-hint")).containsText("“animal” recibe " + weight + " de su atención");
        assertThat(lesson.root().locator("#weights h2")).hasText(es.plain("weights-title", Map.of("layer", 0, "head", 0)));
        // the average weight on [CLS] over all rows of layer 0, head 0, computed here
        float[][] a = run.attention(0, 0);
        double cls = 0;
        for (float[] row : a) {
            cls += row[0];
        }
        assertThat(lesson.root().locator("#head-pattern"))
                .containsText(String.format(Locale.ROOT, "un %.0f %% a [CLS]", 100 * cls / a.length));
        tall();
        screenshot("attention-es");
        page.locator("#tiny").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*tiny=.*"));
        assertThat(page).hasURL(Pattern.compile(".*lang=es.*"));
        assertThat(lesson.root().locator("#tiny-mode h2")).hasText(es.plain("tiny-title"));
        assertNoScriptRan();
    }

    @Test
    void in_pseudo_english_every_word_of_the_lesson_comes_from_its_lesson_file_and_a_phone_never_scrolls_sideways() {
        // (the "head" fold is left closed: its steps are built by the encoder's run, which writes them in English for now)
        open("/attention?lang=en-XA&open=query,pairs");
        assertThat(lesson().root().locator("#question-attn-top")).isVisible(LOADED);
        Questions.showAll(page, this::idle);
        assertThat(lesson().heatmap()).isVisible(LOADED);
        assertThat(lesson().root().locator("#pronoun-pairs")).isVisible(LOADED);
        Set<String> allowed = new HashSet<>(List.of("minilm", "didn", "cls", "sep"));
        // the model's input: the lesson's example sentences (the "Try this" links and the two pairs), in English
        for (String s : List.of(LearnerText.DEFAULT_SENTENCE, "The animal didn't cross the street because it was too wide.",
                "The trophy didn't fit in the suitcase because it was too big.", "The trophy didn't fit in the suitcase "
                        + "because it was too small.", "The dog chased the cat until it climbed a tree.",
                "Sarah thanked Anna because she had helped her.")) {
            allowed.addAll(List.of(s.toLowerCase(Locale.ROOT).split("[^a-z]+")));
        }
        List<String> left = UnaccentedText.unexplained(page, allowed, TokensIT.SHARED);
        System.out.println("attention page, pseudo-English, not from the lesson file: " + left);
        org.assertj.core.api.Assertions.assertThat(left).as("text on the attention page that did not come from its lesson file")
                .isEmpty();
        page.setViewportSize(360, 800);
        idle();
        screenshot("attention-pseudo-phone");
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate(
                "() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
    }
}
