package dev.glassbox.ui.stats;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;

/** The home page's card for {@link ZScoresView}. */
@SpringComponent
public class ZScoresCard implements LessonCard {

    @Override
    public int order() {
        return 7;
    }

    @Override
    public JourneyCard card(String sentence) {
        return ZScoresView.card(sentence);
    }
}
