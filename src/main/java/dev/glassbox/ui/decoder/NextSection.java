package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Question;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** The model's guess for the character after the text: the 20 most likely as bars, all of them in a folded table. */
final class NextSection extends Div {

    static final int BARS = 20;

    private final Fold all = new Fold(DecoderState.FOLD_ALL, Texts.decoder("next-fold"));

    private final BiConsumer<Prediction, String> answered;

    /** @param answered told of an answer to the section's question */
    NextSection(BiConsumer<String, Boolean> toggled, BiConsumer<Prediction, String> answered) {
        this.answered = answered;
        setId("next");
        all.onToggle(open -> toggled.accept(DecoderState.FOLD_ALL, open));
    }

    void show(DecoderState state, DecoderReading reading) {
        removeAll();
        int last = reading.size() - 1;
        List<DecoderReading.Prediction> top = reading.top(last, BARS);
        DecoderReading.Prediction first = top.getFirst();
        Paragraph predict = Prose.paragraph("decoder", "next-predict");
        predict.addClassName("gb-hint");
        double covered = top.stream().mapToDouble(DecoderReading.Prediction::probability).sum();
        ProbabilityBars bars = new ProbabilityBars("next-bars", top, Texts.decoder("next-bars-summary", "n", BARS,
                "c", reading.label(last), "first", DecoderSentences.named(first.character()),
                "p", Summaries.number(first.probability(), 3), "covered", Summaries.number(covered, 3)));
        int v = reading.model().vocabulary().size();
        all.setSummaryText(Texts.decoder("next-fold-summary", "v", v));
        all.show(state.folds().isOpen(DecoderState.FOLD_ALL), () -> {
            List<DecoderReading.Prediction> every = reading.top(last, v);
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < every.size(); i++) {
                DecoderReading.Prediction p = every.get(i);
                rows.add(List.of(p.id() == 0 ? Texts.decoder("next-unknown", "c", p.character()) : p.character(), i + 1,
                        p.id(), p.probability()));
            }
            Figure table = Figure.of(new Value.Table(List.of(Texts.decoder("column-character"),
                    Texts.decoder("column-rank"), Texts.decoder("column-id"), Texts.decoder("column-probability")), rows),
                    Texts.decoder("next-all-summary", "v", v)).digits(6);
            table.setId("next-all");
            return table;
        });
        Question question = new Question(DecoderQuestions.next(reading), state.answers(), answered, bars, all);
        add(Contents.heading("next-title", Texts.decoder("next-title")), predict, question, bars, new Prose("decoder", "next"), all);
    }
}
