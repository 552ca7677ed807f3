package dev.glassbox.ui.embedding;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;

/** The home page's card for {@link EmbeddingsView}. */
@SpringComponent
public class EmbeddingsCard implements LessonCard {

    @Override
    public int order() {
        return 2;
    }

    @Override
    public JourneyCard card(String sentence) {
        return EmbeddingsView.card(sentence);
    }
}
