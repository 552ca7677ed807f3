package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.tokenize.BytePairTokenizer;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.Tokenizers;
import dev.glassbox.model.tokenize.WordPieceTokenizer;
import dev.glassbox.model.tokenize.WordTokenizer;
import dev.glassbox.model.text.LearnerText;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensIT extends BrowserTest {

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

    /** The tokens lesson, rooted at its main element. */
    private record TokensPage(Locator root) {
        Locator chips() {
            return root.locator("#tokens .gb-chip");
        }

        Locator notice() {
            return root.locator("#tokens-notice");
        }

        Locator compareChips(String tokenizer) {
            return root.locator("#compare-" + tokenizer + " .gb-chip");
        }

        Locator mergeCaption() {
            return root.locator("#merge-caption");
        }

        Locator mergeSymbols() {
            return root.locator("#merge-state .gb-chip");
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
        assertThat(lesson.root().locator("#step-split")).hasCount(0);
        page.locator("#fold-steps").click();
        assertThat(lesson.root().locator("#step-split table")).containsText("world");
        assertThat(page).hasURL(Pattern.compile(".*open=steps.*"));
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
        // the old sentence's figures do not stand under the message about the new one (they did before: 2 chips)
        assertThat(lesson().chips()).hasCount(0);
        assertThat(lesson().compareChips("bpe")).hasCount(0);
        assertThat(page.locator("#merge-state .gb-chip")).hasCount(0);
    }

    @Test
    void a_bad_link_parameter_gets_a_sentence_not_an_error_page() {
        open("/tokens?s=Hi%20there&t=nonsense");
        assertThat(lesson().notice()).containsText("tokenizer must be one of");
        assertThat(lesson().chips()).hasCount(2);
        open("/tokens?s=");
        assertThat(lesson().notice()).containsText("empty");
    }

    @Test
    void three_tokenizers_stand_side_by_side_with_their_counts() {
        open("/tokens?s=" + enc("Hello, world!"));
        TokensPage lesson = lesson();
        // word: Hello , world ! ; WordPiece (Hugging Face on the same file): [CLS] hello , world ! [SEP];
        // GPT-2 r50k (jtokkit): Hello , Ġworld !
        assertThat(lesson.compareChips("word")).hasCount(4);
        assertThat(lesson.compareChips("wordpiece")).hasCount(6);
        assertThat(lesson.compareChips("wordpiece").first()).hasText("[CLS]");
        assertThat(lesson.compareChips("bpe")).hasCount(4);
        assertThat(lesson.compareChips("bpe").nth(2)).hasText("Ġworld");
        assertThat(lesson.root().locator("#counts-wordpiece")).hasText("13 characters → 6 tokens (2.17 characters per token).");
        assertThat(lesson.root().locator("#compare-bpe .gb-chip-id")).hasCount(0);
        page.locator("#show-ids").click();
        assertThat(lesson.root().locator("#compare-bpe .gb-chip-id").nth(2)).hasText("995");
        assertThat(page).hasURL(Pattern.compile(".*ids=1.*"));
        screenshot("tokens-side-by-side");
        assertNoScriptRan();
    }

    @Test
    void stepping_through_the_merges_shows_the_pair_and_its_rank() {
        open("/tokens?s=" + enc("the the"));
        TokensPage lesson = lesson();
        // "the" and " the": 3 + 4 bytes. Ranks read from r50k_base.tiktoken (jtokkit's resource) with a separate
        // script: "Ġt" 256, "he" 258 (in both pieces), "Ġthe" 262, "the" 1169 → 5 merges, ending in 2 tokens.
        assertThat(lesson.mergeCaption()).containsText("Step 0 of");
        assertThat(lesson.mergeSymbols()).hasCount(7);
        page.locator("#merge-next").click();
        assertThat(lesson.mergeCaption()).containsText("Merge 1 of");
        assertThat(lesson.mergeCaption()).containsText("Ġ + t → Ġt");
        assertThat(lesson.mergeCaption()).containsText("rank 256");
        assertThat(lesson.mergeSymbols()).hasCount(6);
        assertThat(page.locator("#merge-state .gb-chip-mark")).hasText("Ġt");
        assertThat(page).hasURL(Pattern.compile(".*m=1.*"));
        page.locator("#merge-next").press("ArrowRight");
        assertThat(lesson.mergeCaption()).containsText("Merge 2 of");
        page.locator("#merge-previous").click();
        assertThat(lesson.mergeCaption()).containsText("Merge 1 of");
        page.locator("#merge-slider").fill("5");
        assertThat(lesson.mergeCaption()).containsText("Merge 5 of 5");
        assertThat(lesson.mergeSymbols()).hasCount(2);
        assertThat(page.locator("#merge-next")).isDisabled();
        screenshot("tokens-merges");
    }

    @Test
    void a_shared_link_restores_the_merge_step_and_the_word() {
        String link = "/tokens?s=" + enc("Tokenizing unbelievably long words") + "&t=bpe&m=3&w=unbelievably&open=steps";
        open(link);
        TokensPage lesson = lesson();
        assertThat(lesson.mergeCaption()).containsText("Merge 3 of");
        assertThat(page.locator("#word")).containsText("unbelievably");
        // Hugging Face tokenizers on all-MiniLM-L6-v2's tokenizer.json: unbelievably → un ##bel ##ie ##va ##bly
        assertThat(lesson.root().locator("#search-outcome")).containsText("un ##bel ##ie ##va ##bly");
        page.reload();
        idle();
        assertThat(lesson.mergeCaption()).containsText("Merge 3 of");
        assertThat(page.locator("#tokenizer")).containsText("GPT-2");
        assertThat(lesson.root().locator("#step-merges table")).containsText("rank");
    }

    @Test
    void a_link_beyond_the_last_merge_shows_the_last_with_a_sentence() {
        open("/tokens?s=hi&m=999&w=nonsense");
        assertThat(lesson().notice()).containsText("only");
        assertThat(lesson().notice()).containsText("picks one");
        assertThat(lesson().mergeCaption()).containsText("of");
    }

    @Test
    void try_this_fills_the_field_and_the_word_search_shows_every_lookup() {
        open("/tokens");
        page.locator("#try-rare").click();
        assertThat(page.locator("#sentence input")).hasValue(Pattern.compile("Antidisestablishmentarianism.*"));
        idle();
        Questions.showAll(page, this::idle);
        assertThat(page.locator("#search-outcome")).containsText("\"antidisestablishmentarianism\" → ");
        page.locator("#fold-lookups").click();
        assertThat(page.locator("#lookup-table")).containsText("antidisestablishmentarianis");
        assertThat(page).hasURL(Pattern.compile(".*open=lookups.*"));
        page.locator("#wordpiece-search").scrollIntoViewIfNeeded();
        screenshot("tokens-wordpiece-search");
        page.locator("#try-emoji").click();
        idle();
        Questions.showAll(page, this::idle);
        assertThat(lesson().compareChips("wordpiece")).containsText(new String[] {"[UNK]"});
        assertNoScriptRan();
    }

    @Test
    void bad_input_gets_one_sentence_and_the_view_keeps_working() {
        open("/tokens?s=Short%20one");
        typeSentence("😀".repeat(10_000));
        assertThat(lesson().notice()).hasText("The text has 10000 characters; Glassbox reads at most 500, so please shorten it.");
        assertThat(lesson().compareChips("bpe")).hasCount(0);
        typeSentence("");
        assertThat(lesson().notice()).containsText("empty");
        typeSentence("bell\u0007 null\u0000 tab\tend");
        assertThat(lesson().notice()).isHidden();
        assertThat(lesson().compareChips("wordpiece")).hasCount(2 + 4);
        assertNoScriptRan();
    }

    @Test
    void an_accented_letter_is_explained_by_its_bytes_where_gpt2_shows_it() {
        open("/tokens?s=" + enc("Sí, José."));
        // Python: "í".encode() == b"\xc3\xad"; GPT-2's bytes_to_unicode writes 0xC3 as "Ã" and 0xAD as chr(256 + 67) "Ń"
        // (hand count in BytePairTokenizerTest); "é" is C3 A9, both printable Latin-1: "Ã©".
        assertThat(lesson().compareChips("bpe")).containsText(new String[] {"ÃŃ"});
        assertThat(page.locator("#stand-in-note")).hasText(
                "í appears as ÃŃ: its 2 UTF-8 bytes (C3 AD), each written as one character; 1 more such character is "
                        + "listed under “Bytes as characters” below.");
        assertThat(page.locator("#stand-ins-summary")).hasText(
                "In your sentence 3 characters are written as other characters; 2 of them take more than one byte:");
        assertThat(page.locator("#stand-ins table")).containsText("C3 A9");
        assertThat(page.locator("#stand-ins table")).containsText("⟨SPACE⟩");
        page.locator("#bpe").scrollIntoViewIfNeeded();
        screenshot("tokens-stand-ins");
    }

    @Test
    void the_normaliser_not_wordpiece_lowercases_and_strips_accents() {
        open("/tokens?s=" + enc("Café au lait") + "&t=wordpiece&open=steps");
        // "C" → "c" (lowercase) and "é" → "e" (NFD e + U+0301, the mark dropped): 2 characters of 2 kinds.
        assertThat(page.locator("#normaliser-summary")).hasText(
                "In your sentence the normaliser changed 2 characters (2 different kinds); WordPiece only ever sees the result.");
        assertThat(page.locator("#normaliser-changes table")).containsText("strip accents");
        assertThat(page.locator("#step-normalise h3")).containsText("Normaliser");
        assertThat(page.locator("#step-longest-match h3")).containsText("WordPiece");
        assertThat(page.locator("#step-normalise table")).containsText("cafe au lait");
    }

    @Test
    void cls_and_sep_are_defined_with_their_ids_for_the_sentence() {
        open("/tokens?s=" + enc("Hello, world!"));
        // bert-base-uncased / all-MiniLM-L6-v2 vocab.txt: [CLS] is line 102 (id 101), [SEP] line 103 (id 102);
        // Hugging Face tokenizers: [CLS] hello , world ! [SEP] → 6 tokens.
        assertThat(page.locator("#special-tokens h2")).containsText("[CLS] and [SEP]");
        assertThat(page.locator("#special-tokens-here")).hasText("In your sentence MiniLM reads 6 tokens: [CLS] (id 101) "
                + "at position 0, then the 4 pieces of your text, then [SEP] (id 102) at position 5.");
        page.locator("#contents a[data-target=special-tokens]").click();
        assertThat(page.locator("#special-tokens")).isInViewport();
    }

    @Test
    void open_folds_are_in_the_link_and_a_reload_keeps_them() {
        open("/tokens?s=" + enc("unbelievably") + "&open=lookups");
        assertThat(page.locator("#fold-lookups")).hasAttribute("opened", "");
        assertThat(page.locator("#lookup-table")).containsText("unbelievably");
        assertThat(page.locator("#fold-steps")).not().hasAttribute("opened", "");
        page.locator("#fold-steps").click();
        assertThat(page).hasURL(Pattern.compile(".*open=lookups%2Csteps.*|.*open=lookups,steps.*"));
        page.reload();
        idle();
        assertThat(page.locator("#fold-steps")).hasAttribute("opened", "");
        assertThat(page.locator("#trace")).containsText("Split into words");
        typeSentence("A new sentence, the folds stay open.");
        assertThat(page.locator("#fold-lookups")).hasAttribute("opened", "");
        assertThat(page.locator("#search-outcome")).not().containsText("unbelievably");
    }

    /** A learner's long sentence, as a class might type it: one long word and an accented name. */
    private static final String LONG = "Antidisestablishmentarianism and pneumonoultramicroscopicsilicovolcanoconiosis "
            + "were words José typed twice, carefully, into the tokenizer before lunch.";

    @Test
    void a_long_normalised_token_never_scrolls_a_phone_page_sideways() {
        page.setViewportSize(390, 844);
        open("/tokens?s=" + enc(LONG) + "&t=wordpiece&open=steps");
        assertThat(page.locator("#trace")).containsText("pneumonoultramicroscopicsilicovolcanoconiosis");
        screenshot("tokens-phone");
        page.locator("#step-normalise").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "tokens-phone-normalise.png")));
        page.locator("#step-longest-match").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "tokens-phone-longest-match.png")));
        report("phone, long sentence, steps open");
        assertThat(page.locator("#trace")).isVisible();
        String at390 = widest();
        org.assertj.core.api.Assertions.assertThat(edge(at390)).as("the widest element at 390 px: " + at390)
                .isLessThanOrEqualTo(390);
        page.setViewportSize(360, 800);
        idle();
        String at360 = widest();
        org.assertj.core.api.Assertions.assertThat(edge(at360)).as("the widest element at 360 px: " + at360)
                .isLessThanOrEqualTo(360);
    }

    /** The right edge of the element reaching furthest right outside a box that scrolls by itself, and which it is. */
    private String widest() {
        return (String) page.evaluate("() => { let best = [document.documentElement.scrollWidth, 'page'];"
                + " const main = document.querySelector('main');"
                + " const boxed = e => { for (let p = e.parentElement; p && p !== main; p = p.parentElement) {"
                + " const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };"
                + " for (const e of main.querySelectorAll('*')) { if (boxed(e)) continue;"
                + " const r = e.getBoundingClientRect().right; if (r > best[0]) best = [r, e.tagName + '#' + e.id + '.'"
                + " + e.className + ' ' + (e.textContent || '').slice(0, 40)]; }"
                + " return Math.ceil(best[0]) + ' ' + best[1]; }");
    }

    private static double edge(String widest) {
        return Double.parseDouble(widest.substring(0, widest.indexOf(' ')));
    }

    /** Prints the page's heights for the record (the app layout scrolls inside itself). */
    private void report(String what) {
        System.out.println("tokens page " + what + ": documentElement.scrollHeight="
                + page.evaluate("() => document.documentElement.scrollHeight") + ", main.scrollHeight="
                + page.evaluate("() => document.querySelector('main').scrollHeight"));
    }

    @Test
    void page_heights_for_the_record() {
        open("/tokens?s=" + enc("José didn't cross the street because it was too tired."));
        report("desktop");
        page.setViewportSize(1280, 4200);
        idle();
        screenshot("tokens-desktop-full");
        page.setViewportSize(390, 844);
        idle();
        report("phone");
        page.setViewportSize(390, 7000);
        idle();
        screenshot("tokens-phone-full");
        for (int i = 0; i < 6; i++) {
            page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                    .setPath(Paths.get("target", "screenshots", "tokens-phone-" + (i + 1) + ".png"))
                    .setClip(0, 1000 * i, 390, 1000));
        }
        open("/tokens");
        page.setViewportSize(1280, 900);
        idle();
        report("desktop, default sentence");
        page.setViewportSize(390, 844);
        idle();
        report("phone, default sentence");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Text written by shared parts of the page (the question, the figure's menu, the sentence field, the contents). */
    static final Set<String> SHARED = Set.of("Predict, then check", "Your answer", "A whole number, exactly.", "Check",
            "Show without answering", "Download this figure as a picture (SVG, PNG) or its numbers (CSV)", "Download",
            "Download this figure", "SVG picture", "PNG picture (2×)", "CSV numbers", "Numbers as a table", "token",
            "On this page", "On this page:", "Your sentence", "Type any sentence (up to 500 characters) and press Enter.",
            "Choose one.", "One answer.");

    @Test
    void in_spanish_the_headings_the_counts_and_the_link_stay_spanish() {
        LessonText es = LessonText.of("tokens", Language.SPANISH);
        open("/tokens?s=" + enc("Hello, world!") + "&t=word&lang=es");
        assertThat(page.locator("main h1")).hasText(es.plain("title"));
        assertThat(page.locator("#compare-section h2")).hasText(es.plain("compare-title"));
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("es");
        // 13 characters and 4 word tokens (Hello , world !): 13 / 4 = 3.25 characters per token, with a decimal comma
        String ratio = String.format(Locale.forLanguageTag("es"), "%.2f", 13 / 4.0);
        org.assertj.core.api.Assertions.assertThat(ratio).isEqualTo("3,25");
        assertThat(page.locator("#token-counts")).hasText(es.plain("counts",
                Map.of("characters", 13, "tokens", 4, "ratio", ratio)));
        assertThat(page.locator("#special-tokens-here")).containsText("En tu frase MiniLM lee");
        page.locator("#show-ids").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*ids=.*"));
        assertThat(page).hasURL(Pattern.compile(".*lang=es.*"));
        assertThat(page.locator("main h1")).hasText(es.plain("title"));
        tall();
        screenshot("tokens-es");
        assertNoScriptRan();
    }

    @Test
    void in_pseudo_english_every_word_of_the_lesson_comes_from_its_lesson_file_and_a_phone_never_scrolls_sideways() {
        String sentence = "José ate crème brûlée in Reykjavík for $27.50, didn't he?";
        open("/tokens?s=" + enc(sentence) + "&lang=en-XA&open=signs,steps,lookups&m=3");
        assertThat(page.locator("#trace")).isVisible();
        Questions.showAll(page, this::idle);
        assertThat(page.locator("#merge-state .gb-chip").first()).isVisible();
        Set<String> allowed = new HashSet<>();
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            allowed.add(w);
        }
        // tokenizer and model names, and the tokens the three tokenizers make of the sentence
        allowed.addAll(List.of("word", "wordpiece", "reykjav", "didn", "bert", "minilm"));
        for (String name : List.of(WordTokenizer.NAME, WordPieceTokenizer.NAME, BytePairTokenizer.NAME)) {
            for (Token t : Tokenizers.byName(name).encode(sentence)) {
                for (String w : t.text().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                    allowed.add(w);
                }
            }
        }
        // the sentence field's example (the default sentence), and the normaliser's character names such as ⟨SPACE⟩
        allowed.addAll(List.of(LearnerText.DEFAULT_SENTENCE.toLowerCase(Locale.ROOT).split("[^a-z]+")));
        allowed.add("space");
        // the sentence as BERT's normaliser writes it (lowercase, no accents): its words and the search's candidates
        String normalised = Normalizer.normalize(sentence, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        org.assertj.core.api.Assertions.assertThat(UnaccentedText.unexplained(page,
                        word -> allowed.contains(word) || normalised.contains(word), SHARED))
                .as("text on the tokens page that did not come from its lesson file").isEmpty();
        page.setViewportSize(360, 800);
        idle();
        screenshot("tokens-pseudo-phone");
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate(
                "() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
        assertNoScriptRan();
    }
}
