package dev.glassbox.ui.position;

import dev.glassbox.ui.base.PageLanguage;

/** The positions lesson's lines ({@code lessons/positions/text.md}) in the page's language. */
final class Words {

    private Words() {
    }

    /** Section {@code name} as one line, placeholders filled from key, value, key, value, …. */
    static String t(String name, Object... keysAndValues) {
        return PageLanguage.text("positions").line(name, keysAndValues);
    }
}
