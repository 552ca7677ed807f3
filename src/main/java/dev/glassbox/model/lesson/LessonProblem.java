package dev.glassbox.model.lesson;

import java.util.Map;

/**
 * Something a teacher wrote that cannot be part of a lesson, with the one sentence that says why: a section of the
 * lessons' lesson file ({@code lessons/class/text.md}), said in the language of the screen that shows it.
 */
public final class LessonProblem extends IllegalArgumentException {

    private final String section;
    private final Map<String, ?> values;

    public LessonProblem(String section, Map<String, ?> values) {
        super(LessonText.of("class").plain(section, written(values, Language.ENGLISH)));
        this.section = section;
        this.values = Map.copyOf(values);
    }

    public LessonProblem(String section) {
        this(section, Map.of());
    }

    /** The sentence in {@code language} ({@link #getMessage()} is the English one). */
    public String sentence(Language language) {
        return LessonText.of("class", language).plain(section, written(values, language));
    }

    /** Whole numbers with the language's digit grouping (2,953 in English, 2.953 in Spanish). */
    private static Map<String, Object> written(Map<String, ?> values, Language language) {
        Map<String, Object> out = new java.util.HashMap<>();
        values.forEach((k, v) -> out.put(k, v instanceof Integer ? String.format(language.locale(), "%,d", v) : v));
        return out;
    }
}
