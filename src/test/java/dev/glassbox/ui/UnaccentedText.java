package dev.glassbox.ui;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text of a page opened in pseudo-English ({@code ?lang=en-XA}) that did not come from a lesson file: lesson text comes
 * out accented, so an English-looking word (four plain letters or more, a vowel among them) came from somewhere else
 * (typed in code, or the learner's own text, a model's token, a name or a formula). Reads text nodes, the shadow roots
 * of custom elements, and the attributes a screen reader or a tooltip shows.
 */
final class UnaccentedText {

    private static final Pattern WORD = Pattern.compile("\\b(?=[A-Za-z]*[aeiouAEIOU])[A-Za-z]{4,}\\b");

    private static final String SCRIPT = "() => { const rx = /\\b(?=[A-Za-z]*[aeiouAEIOU])[A-Za-z]{4,}\\b/; const out = [];"
            + " const walk = root => { for (const e of root.querySelectorAll('*')) {"
            + " if (e.tagName === 'SCRIPT' || e.tagName === 'STYLE') continue;"
            + " for (const n of e.childNodes) { if (n.nodeType === 3) { const t = n.textContent.trim();"
            + " if (rx.test(t)) out.push(t); } }"
            + " for (const a of ['aria-label', 'aria-valuetext', 'title', 'placeholder', 'label']) {"
            + " const v = e.getAttribute(a); if (v && rx.test(v)) out.push(v); }"
            + " if (e.shadowRoot) walk(e.shadowRoot); } };"
            + " const main = document.querySelector('main'); if (!main) return ['(no main element)'];"
            + " walk(main); return out; }";

    /**
     * Sentences written by the shared figure, question and step elements about any figure or answer (a figure's
     * summary, its colour scale, a step's inputs, a question's answer), translated with those elements.
     */
    private static final Pattern SHARED_SENTENCES = Pattern.compile("A vector of |A table of |A \\d+ × \\d+ matrix|"
            + "Colour: |Hover, or focus|Reads: |value$|The answer: |Counts as right within |\\\\sqrt|\\d+ tokens\\.$");

    private UnaccentedText() {
    }

    /** Every unaccented text of the page's main element, in document order. */
    @SuppressWarnings("unchecked")
    static List<String> of(Page page) {
        return (List<String>) page.evaluate(SCRIPT);
    }

    /**
     * The texts of {@code page} that still hold an English-looking word once the learner's own words, the models'
     * tokens and the other {@code allowed} words are taken out (case ignored), and that are not among {@code shared}
     * (text written by shared parts of the page, translated elsewhere).
     */
    static List<String> unexplained(Page page, Collection<String> allowed, Collection<String> shared) {
        return unexplained(page, word -> allowed.contains(word), shared);
    }

    /** As {@link #unexplained(Page, Collection, Collection)}, a word allowed when {@code allowed} accepts it (lowercase). */
    static List<String> unexplained(Page page, Predicate<String> allowed, Collection<String> shared) {
        List<String> out = new ArrayList<>();
        for (String text : of(page)) {
            if (shared.contains(text) || SHARED_SENTENCES.matcher(text).lookingAt()) {
                continue;
            }
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                if (!allowed.test(m.group().toLowerCase(Locale.ROOT))) {
                    out.add(text);
                    break;
                }
            }
        }
        return out;
    }

    /** Each unaccented text under {@code selector}, prefixed with the id of the nearest element that has one. */
    @SuppressWarnings("unchecked")
    static List<String> under(Page page, String selector) {
        return (List<String>) page.evaluate("""
                selector => {
                  const plain = t => /\\b(?=[A-Za-z]*[aeiouAEIOU])[A-Za-z]{4,}\\b/.test(t);
                  const out = [];
                  const where = e => { for (let p = e; p; p = p.parentElement || (p.getRootNode && p.getRootNode().host)) {
                    if (p.id) return p.id; } return ''; };
                  const visit = root => {
                    for (const e of root.querySelectorAll('*')) {
                      if (e.closest('svg text, script, style, code, .gb-formula, .katex')) continue;
                      for (const n of e.childNodes) {
                        if (n.nodeType === 3 && plain(n.textContent.trim())) out.push(where(e) + ': ' + n.textContent.trim());
                      }
                      for (const a of ['aria-label', 'title', 'placeholder']) {
                        const v = e.getAttribute(a);
                        if (v && plain(v)) out.push(where(e) + ' @' + a + ': ' + v);
                      }
                      if (e.shadowRoot) visit(e.shadowRoot);
                    }
                  };
                  document.querySelectorAll(selector).forEach(visit);
                  return out;
                }""", selector);
    }
}
