package dev.glassbox.ui.lstm;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.WhatIf;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.ViewCompute;
import org.springframework.core.annotation.Order;

/** The home page's card for {@link LstmView}: one readable unit's memory over the sentence. */
@SpringComponent
@Order(70)
public class LstmCard implements LessonCard {

    private final CharLstm lstm;

    public LstmCard(CharLstm lstm) {
        this.lstm = lstm;
    }

    @Override
    public JourneyCard card(String sentence) {
        LstmReading reading = ViewCompute.run(() -> lstm.read(sentence, WhatIf.NONE));
        int u = Math.max(0, lstm.card().unit());
        double[] c = new double[reading.size()]; // (T)
        for (int k = 0; k < reading.size(); k++) {
            c[k] = reading.step(k).c()[u];
        }
        Figure preview = Figure.of(new Value.Vector(c, reading.columnLabels(PageLanguage.current())),
                Words.t("card-figure", "unit", u)).digits(2);
        LstmState state = new LstmState(sentence, 1, "c", u, LstmState.TRAINED, LstmState.TRAINED, Folds.NONE,
                Answers.NONE);
        return new JourneyCard("lstm", Words.t("card-title"), Words.t("card-text", "n", reading.size()), preview,
                "lstm", state.toQuery());
    }
}
