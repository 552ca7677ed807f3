package dev.glassbox.ui.tokenize;

import dev.glassbox.ui.base.PageLanguage;

/** One line of the tokens lesson's text in the page's language, its placeholders filled with the given values. */
final class TokensText {

    private TokensText() {
    }

    /** The section {@code name} of lessons/tokens, {@code keysAndValues} alternating (values written as they are). */
    static String plain(String name, Object... keysAndValues) {
        return PageLanguage.text("tokens").line(name, keysAndValues);
    }
}
