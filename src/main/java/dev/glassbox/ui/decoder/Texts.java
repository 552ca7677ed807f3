package dev.glassbox.ui.decoder;

import dev.glassbox.ui.base.PageLanguage;
import java.util.List;

/**
 * One-line texts of the decoder and generation lessons in the page's language, read from their lesson files
 * ({@code lessons/decoder/text.md}, {@code lessons/generate/text.md}), with {@code {{placeholders}}} filled from
 * name–value pairs.
 */
final class Texts {

    private Texts() {
    }

    /** Section {@code name} of the decoder lesson as one line; {@code pairs} are name, value, name, value, … */
    static String decoder(String name, Object... pairs) {
        return PageLanguage.text("decoder").line(name, pairs);
    }

    /** Section {@code name} of the generation lesson as one line. */
    static String generate(String name, Object... pairs) {
        return PageLanguage.text("generate").line(name, pairs);
    }

    /** Items as a list in a sentence: “a, b and c” in the page's language. */
    static String list(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return decoder("list-last", "rest", String.join(", ", items.subList(0, items.size() - 1)),
                "last", items.getLast());
    }
}
