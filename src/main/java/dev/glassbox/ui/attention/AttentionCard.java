package dev.glassbox.ui.attention;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;

/** The home page's card for {@link AttentionView}. */
@SpringComponent
public class AttentionCard implements LessonCard {

    @Override
    public int order() {
        return 4;
    }

    @Override
    public JourneyCard card(String sentence) {
        return AttentionView.card(sentence);
    }
}
