package dev.glassbox.model.text;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.Map;

/**
 * Input a learner gave that a computation cannot take; the message is one plain sentence for that learner.
 *
 * <p>Made from a lesson file's section, the sentence can be given in any language ({@link #sentence(Language)}); the
 * message itself, which the API answers with, is always the English one.
 */
public class InvalidInputException extends IllegalArgumentException {

    private final String concept;
    private final String section;
    private final Map<String, ?> values;

    public InvalidInputException(String learnerMessage) {
        super(learnerMessage);
        this.concept = null;
        this.section = null;
        this.values = Map.of();
    }

    /** The sentence of section {@code section} of lesson {@code concept}'s text, its placeholders filled by {@code values}. */
    public InvalidInputException(String concept, String section, Map<String, ?> values) {
        super(LessonText.of(concept).plain(section, values));
        this.concept = concept;
        this.section = section;
        this.values = Map.copyOf(values);
    }

    /** The sentence for the learner in {@code language} (in English when it was not made from a lesson file). */
    public String sentence(Language language) {
        return concept == null ? getMessage() : LessonText.of(concept, language).plain(section, values);
    }
}
