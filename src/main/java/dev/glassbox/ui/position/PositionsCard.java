package dev.glassbox.ui.position;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.model.position.PositionalEncoding;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;
import org.springframework.core.annotation.Order;

/** The home page's card for {@link PositionsView}: the formula's cosine similarities for 16 positions. */
@SpringComponent
@Order(30)
public class PositionsCard implements LessonCard {

    @Override
    public JourneyCard card(String sentence) {
        double[][] pe = PositionalEncoding.sinusoidal(16, 64);
        return new JourneyCard("positions", Words.t("card-title"), Words.t("card-text"),
                Figure.of(PositionalEncoding.matrix(PositionalEncoding.cosines(pe), PositionalEncoding.positions(16)),
                        Words.t("card-figure")).range(-1, 1),
                "positions", new PositionsState(sentence, 32, 64).toQuery());
    }
}
