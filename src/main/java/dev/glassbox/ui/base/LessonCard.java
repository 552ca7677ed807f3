package dev.glassbox.ui.base;

/**
 * A lesson's card on the home page's journey. Each lesson provides one as a Spring bean (annotated
 * {@code @SpringComponent}) with the models it needs injected; the home page collects them all and orders them.
 */
public interface LessonCard {

    /** Where the card stands in the journey: the order in which a model reads a sentence. */
    int order();

    /** A new card showing what this lesson makes of {@code sentence} (already checked against the limits). */
    JourneyCard card(String sentence);
}
