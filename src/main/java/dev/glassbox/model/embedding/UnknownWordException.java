package dev.glassbox.model.embedding;

import dev.glassbox.model.text.InvalidInputException;

/** A well-formed word that is not among the vocabulary's words, so it has no vector. */
public class UnknownWordException extends InvalidInputException {

    private final String word;

    public UnknownWordException(String word, int vocabulary) {
        super("“" + word + "” is not one of the " + String.format(java.util.Locale.ROOT, "%,d", vocabulary)
                + " most frequent GloVe words, so it has no vector here.");
        this.word = word;
    }

    /** The word as it was looked up (normalised). */
    public String word() {
        return word;
    }
}
