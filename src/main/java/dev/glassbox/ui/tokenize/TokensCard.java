package dev.glassbox.ui.tokenize;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;

/** The home page's card for {@link TokensView}. */
@SpringComponent
public class TokensCard implements LessonCard {

    @Override
    public int order() {
        return 1;
    }

    @Override
    public JourneyCard card(String sentence) {
        return TokensView.card(sentence);
    }
}
