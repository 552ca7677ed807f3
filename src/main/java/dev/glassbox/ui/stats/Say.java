package dev.glassbox.ui.stats;

import dev.glassbox.ui.base.PageLanguage;

/** One line of the statistics lessons' files in the page's language; {@code pairs} = key, value, key, value… */
final class Say {

    private Say() {
    }

    static String zscores(String name, Object... pairs) {
        return PageLanguage.text("zscores").line(name, pairs);
    }

    static String normal(String name, Object... pairs) {
        return PageLanguage.text("normal").line(name, pairs);
    }
}
