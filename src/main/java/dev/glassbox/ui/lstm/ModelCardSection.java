package dev.glassbox.ui.lstm;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmModelCard;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Prose;
import java.util.List;
import java.util.Locale;
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
        Value.Table table = new Value.Table(List.of("model", "perplexity per character", "bits per character"), List.of(
                row("LSTM (this network)", card.lstmPerplexity()),
                row("character 5-gram", card.fivegramPerplexity()),
                row("character trigram", card.trigramPerplexity())));
        Figure figure = Figure.of(table, "Held-out perplexity: LSTM " + fixed(card.lstmPerplexity()) + ", 5-gram "
                + fixed(card.fivegramPerplexity()) + ", trigram " + fixed(card.trigramPerplexity()) + " (lower is better).")
                .digits(3);
        figure.setId("perplexities");
        Paragraph measured = new Paragraph("Measured on " + String.format(Locale.ROOT, "%,d", card.heldOutCharacters())
                + " characters it never saw in training (chapters 126–135), against two models that simply count: "
                + "a character 5-gram (the next character from the four before it) and a trigram (from the two "
                + "before it), both trained on the same chapters with interpolated absolute discounting.");
        Paragraph verdict = new Paragraph(LstmSentences.verdict(card));
        verdict.setId("verdict");
        unit.setId("unit-story");
        add(new H2("About this network"), new Paragraph(LstmSentences.card(card)),
                new Prose("lstm", "card", Map.of("characters", lstm.vocabulary().size() - 1)), measured, figure,
                verdict, unit);
    }

    void show(LstmReading reading, LstmModelCard card, int hidden) {
        unit.removeAll();
        unit.add(new H2("A unit you can read"));
        if (!card.hasUnit()) {
            unit.add(new Paragraph("The analysis found no unit that clearly follows a simple property of the text."));
            return;
        }
        int u = card.unit();
        double[] c = new double[reading.size()]; // (T)
        for (int k = 0; k < reading.size(); k++) {
            c[k] = reading.step(k).c()[u];
        }
        unit.add(new Paragraph(LstmSentences.unit(card, hidden)), Figure.of(new Value.Vector(c,
                reading.columnLabels()), "The memory c of unit " + u + " after each character of your sentence.")
                .digits(3));
    }

    private static List<Object> row(String model, double perplexity) {
        return List.of(model, perplexity, LstmModelCard.bitsPerCharacter(perplexity));
    }

    private static String fixed(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }
}
