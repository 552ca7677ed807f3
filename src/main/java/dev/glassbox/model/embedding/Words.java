package dev.glassbox.model.embedding;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.List;
import java.util.Map;

/**
 * The embeddings lesson's sentences in one language, read from its lesson file ({@code lessons/embeddings}), with
 * values (the learner's words, computed numbers) inserted as they are: a character that Markdown-lite would read as
 * markup is written out literally.
 */
public final class Words {

    /** The lesson whose file holds these sentences. */
    public static final String CONCEPT = "embeddings";

    private Words() {
    }

    /**
     * Section {@code name} as one line, {@code keyValues} alternating placeholder names and values.
     */
    public static String line(Language language, String name, Object... keyValues) {
        return line(CONCEPT, language, name, keyValues);
    }

    /** Section {@code name} of lesson {@code concept} as one line, the values inserted as they are. */
    public static String line(String concept, Language language, String name, Object... keyValues) {
        return LessonText.of(concept, language).line(name, keyValues);
    }

    /** A whole number as {@code language} writes it in prose: 400,000 in English, 400.000 in Spanish. */
    public static String count(Language language, long n) {
        return language.grouped(n);
    }

    /** A number already written with a full stop before its decimals, with the language's decimal separator. */
    public static String decimals(Language language, String raw) {
        return language.decimals(raw);
    }

    /** "a", "a and b", "a, b and c" in {@code language}. */
    public static String list(Language language, List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        String head = String.join(", ", items.subList(0, items.size() - 1));
        return LessonText.of(CONCEPT, language).plain("list-two", Map.of("first", head,
                "last", items.getLast()));
    }
}
