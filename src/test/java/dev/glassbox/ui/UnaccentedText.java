package dev.glassbox.ui;

import com.microsoft.playwright.Page;
import java.util.List;

/**
 * Text on a page opened in pseudo-English ({@code ?lang=en-XA}) that did not come from a lesson file: every lesson
 * file's prose is accented there, so a plain English word of four or more letters was typed in code (or is the
 * learner's own text, a model's token, a name or a formula). Looks into text, shadow roots of custom elements, and
 * the aria-label, title and placeholder attributes.
 */
final class UnaccentedText {

    private UnaccentedText() {
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
