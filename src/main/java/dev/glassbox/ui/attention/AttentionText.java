package dev.glassbox.ui.attention;

import dev.glassbox.ui.base.PageLanguage;

/** One line of the attention lesson's text in the page's language, its placeholders filled with the given values. */
final class AttentionText {

    private AttentionText() {
    }

    /** The section {@code name} of lessons/attention, {@code keysAndValues} alternating (values written as they are). */
    static String plain(String name, Object... keysAndValues) {
        return PageLanguage.text("attention").line(name, keysAndValues);
    }
}
