package dev.glassbox.ui.lstm;

import dev.glassbox.model.lesson.Block;
import dev.glassbox.model.lesson.Inline;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.lstm.LstmText;
import dev.glassbox.ui.base.PageLanguage;
import java.util.List;

/** The LSTM lesson's lines ({@code lessons/lstm/text.md}) in the page's language. */
final class Words {

    private Words() {
    }

    /** Section {@code name} as one line, placeholders filled from key, value, key, value, …. */
    static String t(String name, Object... keysAndValues) {
        return LstmText.plain(PageLanguage.current(), name, keysAndValues);
    }

    /** Section {@code name}'s first paragraph as runs (text, formulas, links), placeholders filled. */
    static List<Inline> runs(String name, Object... keysAndValues) {
        Block first = LessonText.of(LstmText.CONCEPT, PageLanguage.current())
                .section(name, LessonText.values(keysAndValues)).getFirst();
        return ((Block.Paragraph) first).runs();
    }

    /** A whole number with the page's language's digit grouping (1,234,567 or 1.234.567). */
    static String grouped(long n) {
        return PageLanguage.current().grouped(n);
    }

    /** A number written with {@code digits} fixed decimals and the page's decimal separator. */
    static String fixed(double x, int digits) {
        return PageLanguage.decimals(String.format(java.util.Locale.ROOT, "%." + digits + "f", x));
    }
}
