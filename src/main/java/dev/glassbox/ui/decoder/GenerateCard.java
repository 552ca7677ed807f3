package dev.glassbox.ui.decoder;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * The home page's card for {@link GenerateView}: the five characters the model finds likeliest after the sentence.
 * Its order is the decoder lesson's and the LSTM's: cards of equal order keep the order in which they are found
 * (package, then class name), which puts it after the decoder's card and before the LSTM's.
 */
@SpringComponent
@Order(65)
public class GenerateCard implements LessonCard {

    private static final int TOP = 5;

    private final CharDecoder model;

    public GenerateCard(CharDecoder model) {
        this.model = model;
    }

    @Override
    public JourneyCard card(String sentence) {
        int[] ids = model.encode(sentence);
        GenerateDistribution d = GenerateDistribution.of(model.nextLogits(ids), Sampling.PLAIN, model.vocabulary(), -1);
        List<List<Object>> rows = new ArrayList<>();
        d.rows().stream().limit(TOP).forEach(r -> rows.add(List.of(GenerateSentences.show(r.symbol()), r.model())));
        Figure preview = Figure.of(new Value.Table(List.of(Texts.generate("card-column-next"),
                Texts.generate("card-column-probability")), rows), Texts.generate("card-table-summary", "n", TOP)).digits(3);
        String text = Texts.generate(ids.length > model.context() ? "card-text-window" : "card-text",
                "context", model.context(), "c", GenerateSentences.quoted(d.top().symbol()),
                "p", GenerateSentences.number(d.top().model()));
        return new JourneyCard("generate", Texts.generate("card-title"), text, preview, "generate",
                GenerateState.of(sentence).toQuery());
    }
}
