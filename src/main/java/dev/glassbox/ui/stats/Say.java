package dev.glassbox.ui.stats;

import dev.glassbox.ui.base.PageLanguage;
import java.util.HashMap;
import java.util.Map;

/** One line of the statistics lessons' files in the page's language; {@code pairs} = key, value, key, value… */
final class Say {

    private Say() {
    }

    static String zscores(String name, Object... pairs) {
        return PageLanguage.text("zscores").plain(name, values(pairs));
    }

    static String normal(String name, Object... pairs) {
        return PageLanguage.text("normal").plain(name, values(pairs));
    }

    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return values;
    }
}
