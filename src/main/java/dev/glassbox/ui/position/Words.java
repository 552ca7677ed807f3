package dev.glassbox.ui.position;

import dev.glassbox.ui.base.PageLanguage;
import java.util.HashMap;
import java.util.Map;

/** The positions lesson's lines ({@code lessons/positions/text.md}) in the page's language. */
final class Words {

    private Words() {
    }

    /** Section {@code name} as one line, placeholders filled from key, value, key, value, …. */
    static String t(String name, Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int k = 0; k + 1 < keysAndValues.length; k += 2) {
            values.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return PageLanguage.text("positions").plain(name, values);
    }
}
