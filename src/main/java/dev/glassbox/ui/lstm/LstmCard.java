package dev.glassbox.ui.lstm;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;

/** The home page's card for {@link LstmView}. */
@SpringComponent
public class LstmCard implements LessonCard {

    @Override
    public int order() {
        return 6;
    }

    @Override
    public JourneyCard card(String sentence) {
        return LstmView.card(sentence);
    }
}
