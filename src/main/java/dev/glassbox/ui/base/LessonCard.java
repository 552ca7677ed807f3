package dev.glassbox.ui.base;

/**
 * A lesson's card on the home page's journey. Each lesson provides one as a Spring bean (annotated
 * {@code @SpringComponent}) with the models it needs injected, and {@code @Order(n)} for where it stands in the
 * journey — the order in which a model reads a sentence; the home page is given them all, in that order.
 */
public interface LessonCard {

    /** A new card showing what this lesson makes of {@code sentence} (already checked against the limits). */
    JourneyCard card(String sentence);
}
