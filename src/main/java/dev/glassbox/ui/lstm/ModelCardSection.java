package dev.glassbox.ui.lstm;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmModelCard;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prose;
import java.util.List;
import java.util.Map;

/**
 * What the network is and how well it predicts: the three held-out perplexities (LSTM, 5-gram, trigram) as the
 * training report measured them, and the readable unit the analysis found, on the learner's sentence.
 */
final class ModelCardSection extends Div {

    private final Div unit = new Div();

    ModelCardSection(CharLstm lstm) {
        setId("model-card");
        LstmModelCard card = lstm.card();
        Value.Table table = new Value.Table(List.of(Words.t("model-column-model"), Words.t("model-column-perplexity"),
                Words.t("model-column-bits")), List.of(
                row(Words.t("model-row-lstm"), card.lstmPerplexity()),
                row(Words.t("model-row-fivegram"), card.fivegramPerplexity()),
                row(Words.t("model-row-trigram"), card.trigramPerplexity())));
        Figure figure = Figure.of(table, Words.t("model-figure", "lstm", Words.fixed(card.lstmPerplexity(), 2),
                "fivegram", Words.fixed(card.fivegramPerplexity(), 2), "trigram",
                Words.fixed(card.trigramPerplexity(), 2))).digits(3);
        figure.setId("perplexities");
        Paragraph measured = new Paragraph(Words.t("model-measured", "characters",
                Words.grouped(card.heldOutCharacters())));
        Paragraph verdict = new Paragraph(LstmSentences.verdict(card));
        verdict.setId("verdict");
        unit.setId("unit-story");
        add(new H2(Words.t("model-heading")), new Paragraph(LstmSentences.card(card)),
                new Prose("lstm", "card", Map.of("characters", lstm.vocabulary().size() - 1)), measured, figure,
                verdict, unit);
    }

    void show(LstmReading reading, LstmModelCard card, int hidden) {
        unit.removeAll();
        unit.add(new H2(Words.t("unit-heading")));
        if (!card.hasUnit()) {
            unit.add(new Paragraph(Words.t("unit-none")));
            return;
        }
        int u = card.unit();
        double[] c = new double[reading.size()]; // (T)
        for (int k = 0; k < reading.size(); k++) {
            c[k] = reading.step(k).c()[u];
        }
        unit.add(new Paragraph(LstmSentences.unit(card, hidden)), Figure.of(new Value.Vector(c,
                reading.columnLabels(PageLanguage.current())), Words.t("unit-figure", "unit", u)).digits(3));
    }

    private static List<Object> row(String model, double perplexity) {
        return List.of(model, perplexity, LstmModelCard.bitsPerCharacter(perplexity));
    }
}
