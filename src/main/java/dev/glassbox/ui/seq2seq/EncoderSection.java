package dev.glassbox.ui.seq2seq;

import static dev.glassbox.ui.seq2seq.TranslateSentences.say;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.QuestionSlot;
import java.util.function.BiConsumer;

/** The encoder reading the date: the source characters with their ids and one head's bidirectional self-attention. */
final class EncoderSection extends Div {

    private final BiConsumer<Prediction, String> answered;

    /** @param answered told of an answer to the section's question */
    EncoderSection(BiConsumer<Prediction, String> answered) {
        this.answered = answered;
        setId("encoder-reads");
    }

    void show(TranslateReading r, int layer, int head, Answers answers) {
        removeAll();
        int n = r.sourceLabels().size();
        Figure source = Figure.of(new Value.TokenList(r.sourceLabels(), r.sourceIds()),
                n == 1 ? say("source-summary-one") : say("source-summary", "n", n)).showIds(true);
        source.setId("source-ids");
        Figure attention = Figure.of(MultiHeadAttention.matrix(r.encoder(layer, head), r.sourceLabels(), r.sourceLabels()),
                        say("encoder-attention-summary", "head", head, "layer", layer))
                .range(0, 1).axes(say("axis-reading"), say("axis-read")).digits(3);
        attention.setId("encoder-attention");
        Paragraph focus = new Paragraph(TranslateSentences.encoderFocus(r, layer, head));
        focus.setId("encoder-sentence");
        QuestionSlot ask = new QuestionSlot(attention, focus);
        add(Contents.heading("encoder-title", say("encoder-heading")), source,
                new Prose(TranslateSentences.CONCEPT, "encoder"), ask, attention, focus);
        ask.ask(TranslateQuestions.ahead(r, layer, head), answers, answered);
    }
}
