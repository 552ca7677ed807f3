package dev.glassbox.ui.stats;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;

/** The home page's card for {@link NormalView}. */
@SpringComponent
public class NormalCard implements LessonCard {

    @Override
    public int order() {
        return 8;
    }

    @Override
    public JourneyCard card(String sentence) {
        return NormalView.card(sentence);
    }
}
