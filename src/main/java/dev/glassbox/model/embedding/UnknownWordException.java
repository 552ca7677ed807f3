package dev.glassbox.model.embedding;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import java.util.List;

/** A well-formed word that is not among the vocabulary's words, so it has no vector; the message says why. */
public class UnknownWordException extends InvalidInputException {

    private final String word;

    public UnknownWordException(String word, int vocabulary) {
        this(word, vocabulary, Language.ENGLISH);
    }

    /** The same, the message in {@code language}. */
    public UnknownWordException(String word, int vocabulary, Language language) {
        super(MissingWord.of(word).sentence(List.of(word), vocabulary, language));
        this.word = word;
    }

    /** The word as it was looked up (normalised). */
    public String word() {
        return word;
    }
}
