package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.text.LearnerText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The page's language: chosen by the link, kept by the session and every address the page shows, switched in the
 * navigation bar; and pseudo-English, which shows every piece of text that does not come from a lesson file.
 */
class LanguageIT extends ModelBrowserTest {

    /**
     * Words that are the same in every language: the app, models, notations, and the English words the English models
     * are shown with in examples (GloVe's analogies and contrasts, the tokenizers' names, the dates the translator reads).
     */
    private static final Set<String> NAMES = Set.of("king", "woman", "piano", "river", "queen", "bank", "cold", "good", "word",
            "space", "concat", "maskedselfattention", "head", "didn", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "glassbox", "minilm", "glove", "bert", "lstm", "python",
            "viridis", "softmax", "gelu", "relu", "layernorm", "wordpiece", "onnx", "runtime", "huggingface", "unicode",
            "utf", "ascii", "json", "html", "pyodide", "sigmoid", "tanh", "attention", "self", "dog", "cat", "animal",
            "name", "none", "true", "false", "print", "class", "init", "return", "def", "import", "english",
            "español");

    @Test
    void spanish_comes_with_the_link_stays_with_the_session_and_the_switch_goes_back() {
        LessonText es = LessonText.of("layout", Language.SPANISH);
        open("/zscores?lang=es&v=62,75,71,88,54");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page).hasTitle(es.plain("title-zscores"));
        assertThat(page.locator("#lesson-menu")).containsText(es.plain("menu-normal"));
        assertThat(page.locator("#language-switch a")).hasText("English");
        assertThat(page.locator("#language-en")).hasAttribute("hreflang", "en");
        // Numbers in prose take the decimal comma. The default sentence's word lengths in letters are 3 6 5 5 3 6 7 2
        // 3 3 5 (by hand): mean 48/11 = 4.3636, population σ = √(236/11 − (48/11)²) = 1.5535.
        assertThat(page.locator("main").innerText()).contains("μ = 4,3636, σ = 1,5535").doesNotContain("4.3636");

        // A page opened without a language in this session keeps Spanish and names it in its address.
        open("/tokens");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page).hasURL(Pattern.compile(".*[?&]lang=es.*"));
        assertThat(page.locator("#skip-link")).hasText(es.plain("skip"));

        // The switch opens the same page in English, and English is then remembered.
        page.locator("#language-en").click();
        page.waitForURL(Pattern.compile(".*[?&]lang=en.*"));
        idle();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#skip-link")).hasText(LessonText.of("layout").plain("skip"));
        open("/zscores");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page).hasURL(Pattern.compile("[^?]*/zscores"));
    }

    @Test
    void a_link_into_another_language_opens_the_page_anew_in_it_and_a_bad_language_is_english() {
        open("/normal");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.evaluate("() => { const a = document.createElement('a'); a.href = 'zscores?lang=es'; a.id = 'x'; a.textContent = 'z';"
                + " document.querySelector('main').prepend(a); }");
        page.locator("#x").click();
        page.waitForURL(Pattern.compile(".*/zscores\\?lang=es.*"));
        idle();
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("#skip-link")).hasText(LessonText.of("layout", Language.SPANISH).plain("skip"));

        pageErrors.clear();
        open("/normal?lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertNoScriptRan();
    }

    @Test
    void every_view_in_pseudo_english_shows_only_text_from_lesson_files() {
        Set<String> sentence = words(LearnerText.DEFAULT_SENTENCE);
        List<String> failures = new ArrayList<>();
        for (String view : EveryViewIT.VIEWS) {
            open(view + "?lang=en-XA");
            page.waitForTimeout(300);
            idle();
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) page.evaluate("""
                    () => {
                      // Not text of a lesson file: code, formulas, the learner's and the models' words (tokens, a
                      // table's row of words, a choice among them, examples to try), links in another language
                      // (their own lang), teacher-written lessons, and Vaadin's own connection indicator.
                      const skip = 'code, pre, kbd, samp, math, svg, textarea, input, .gb-chips, .gb-numbers, .gb-formula,'
                          + ' .gb-equation, #current-sentence, #app-name, [translate="no"], gb-picture, body [lang],'
                          + ' vaadin-connection-indicator, vaadin-select-item, vaadin-select-value-button, tbody th,'
                          + ' .gb-question-choice, .gb-tries, #try-this, .gb-format-list, .gb-class-lesson-list';
                      const out = [];
                      const walk = root => {
                        for (const e of root.querySelectorAll('*')) {
                          if (e.closest(skip)) continue;
                          for (const n of e.childNodes) if (n.nodeType === 3 && n.textContent.trim()) out.push(n.textContent.trim());
                          for (const a of ['aria-label', 'title', 'placeholder']) if (e.getAttribute(a)) out.push(e.getAttribute(a));
                        }
                      };
                      walk(document.body);
                      return out;
                    }""");
            Set<String> plain = new TreeSet<>();
            for (String text : texts) {
                // Quoted words are the learner's or a model's own (“animal”, "because").
                String unquoted = text.replaceAll("“[^”]*”|\"[^\"]*\"|«[^»]*»", " ");
                for (String word : unquoted.split("[^\\p{L}]+")) {
                    String lower = word.toLowerCase(Locale.ROOT);
                    if (word.length() >= 4 && word.matches("[A-Za-z]+") && word.matches(".*[aeiouAEIOU].*")
                            && !NAMES.contains(lower) && !sentence.contains(lower)) {
                        plain.add(word);
                    }
                }
            }
            if (!plain.isEmpty()) {
                failures.add(view + ": " + String.join(" ", plain.stream().limit(40).toList()));
            }
        }
        assertThat(failures).as("views showing text that is not from a lesson file").isEmpty();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}]+")).map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
