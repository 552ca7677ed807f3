package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * The home page's card for {@link DecoderView}: the causal attention of the last block's first head (a triangle:
 * nothing above the diagonal) for a short text, the most likely next characters for a long one.
 */
@SpringComponent
@Order(60)
public class DecoderCard implements LessonCard {

    /** Up to this many characters the card draws the attention weights; beyond, the table of guesses. */
    static final int HEATMAP_UP_TO = 80;

    private final CharDecoder model;

    public DecoderCard(CharDecoder model) {
        this.model = model;
    }

    @Override
    public JourneyCard card(String sentence) {
        DecoderReading reading = DecoderReading.of(model, sentence);
        int last = reading.size() - 1;
        DecoderReading.Prediction first = reading.top(last, 1).getFirst();
        int block = model.shape().layers() - 1;
        Component preview;
        if (reading.size() <= HEATMAP_UP_TO) {
            List<String> labels = reading.positionLabels();
            preview = Figure.of(MultiHeadAttention.matrix(reading.run().blocks().get(block).attention().weights()[0],
                    labels, labels), Texts.decoder("card-heatmap-summary", "l", block))
                    .range(0, 1).axes(MaskSection.query(), MaskSection.key());
        } else {
            List<List<Object>> rows = new ArrayList<>();
            for (DecoderReading.Prediction p : reading.top(last, 5)) {
                rows.add(List.of(p.character(), p.probability()));
            }
            preview = Figure.of(new Value.Table(List.of(Texts.decoder("card-column-next"),
                    Texts.decoder("column-probability")), rows), Texts.decoder("card-table-summary")).digits(3);
        }
        return new JourneyCard("decoder", Texts.decoder("card-title"),
                Texts.decoder(reading.dropped() > 0 ? "card-text-window" : "card-text", "n", reading.size(),
                        "first", DecoderSentences.named(first.character()), "p", Summaries.number(first.probability(), 2)),
                preview, "decoder", DecoderState.of(sentence).toQuery());
    }
}
