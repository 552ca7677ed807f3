package dev.glassbox.model.live;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.Map;

/**
 * A request a live class refuses, with the one sentence the screen shows (not the teacher, class full, too many): a
 * section of the live class's lesson file, said in the language of the screen that shows it.
 */
public final class ClassRefusal extends RuntimeException {

    private final String section;
    private final Map<String, ?> values;

    /** The refusal said by section {@code section} of {@code lessons/live/text.md}, its placeholders filled. */
    public ClassRefusal(String section, Map<String, ?> values) {
        super(LessonText.of("live").plain(section, values), null, false, false);
        this.section = section;
        this.values = Map.copyOf(values);
    }

    public ClassRefusal(String section) {
        this(section, Map.of());
    }

    /** The sentence in {@code language} ({@link #getMessage()} is the English one). */
    public String sentence(Language language) {
        return LessonText.of("live", language).plain(section, values);
    }
}
