package dev.glassbox.ui.oop;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;

/** The home page's card for {@link ObjectsView}. */
@SpringComponent
public class ObjectsCard implements LessonCard {

    @Override
    public int order() {
        return 9;
    }

    @Override
    public JourneyCard card(String sentence) {
        return ObjectsView.card(sentence);
    }
}
