package dev.glassbox.ui.encoder;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;

/** The home page's card for {@link EncoderView}. */
@SpringComponent
public class EncoderCard implements LessonCard {

    @Override
    public int order() {
        return 5;
    }

    @Override
    public JourneyCard card(String sentence) {
        return EncoderView.card(sentence);
    }
}
