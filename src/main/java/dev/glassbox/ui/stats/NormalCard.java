package dev.glassbox.ui.stats;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.model.stats.NormalCurve;
import dev.glassbox.model.stats.ZScoreTable;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;
import org.springframework.core.annotation.Order;

/** The home page's card for {@link NormalView}: the standard normal curve with its middle 68% shaded. */
@SpringComponent
@Order(90)
public class NormalCard implements LessonCard {

    @Override
    public JourneyCard card(String sentence) {
        NormalCurve standard = NormalCurve.standard();
        return new JourneyCard("normal", Say.normal("card-title"),
                Say.normal("card-text", "share", ZScoreTable.percent(standard.withinSigmas(1), PageLanguage.current())),
                Charts.bell(standard, -1, 1), "normal", NormalState.initial(sentence).toQuery());
    }
}
