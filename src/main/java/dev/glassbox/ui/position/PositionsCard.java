package dev.glassbox.ui.position;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;

/** The home page's card for {@link PositionsView}. */
@SpringComponent
public class PositionsCard implements LessonCard {

    @Override
    public int order() {
        return 3;
    }

    @Override
    public JourneyCard card(String sentence) {
        return PositionsView.card(sentence);
    }
}
