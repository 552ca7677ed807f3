package dev.glassbox.ui.encoder;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;
import dev.glassbox.ui.base.ViewCompute;
import org.springframework.core.annotation.Order;

/** The home page's card for {@link EncoderView}: the sentence embedding as a heat strip. */
@SpringComponent
@Order(50)
public class EncoderCard implements LessonCard {

    private final MiniLmLoader loader;

    public EncoderCard(MiniLmLoader loader) {
        this.loader = loader;
    }

    @Override
    public JourneyCard card(String sentence) {
        EncoderState target = new EncoderState(sentence, 0, EncoderFlow.NORM_1.id());
        MiniLmEncoder encoder = loader.ready().orElse(null);
        if (encoder == null) {
            return new JourneyCard("encoder", "Encoder", loader.progress(), new Paragraph("The numbers appear once it is loaded."),
                    "encoder", target.toQuery());
        }
        EncoderRun run = ViewCompute.run(() -> loader.run(encoder, EncoderInput.of(sentence)));
        return new JourneyCard("encoder", "Encoder",
                "Six layers of attention and feed-forward turn the " + run.size() + " tokens into one sentence embedding of "
                        + MiniLmEncoder.D_MODEL + " numbers.",
                Figure.of(run.trace(MiniLmEncoder.LAYERS - 1, 0).step(EncoderRun.SENTENCE_EMBEDDING).value(), "The sentence embedding."),
                "encoder", target.toQuery());
    }
}
