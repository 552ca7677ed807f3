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
import dev.glassbox.ui.base.PageLanguage;
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
            return new JourneyCard("encoder", EncoderView.say("card-title"), loader.progress(PageLanguage.current()),
                    new Paragraph(EncoderView.say("card-loading")),
                    "encoder", target.toQuery());
        }
        EncoderRun run = ViewCompute.run(() -> loader.run(encoder, EncoderInput.of(sentence)));
        return new JourneyCard("encoder", EncoderView.say("card-title"),
                EncoderView.say("card-text", "tokens", run.size(), "dimensions", MiniLmEncoder.D_MODEL),
                Figure.of(run.trace(MiniLmEncoder.LAYERS - 1, 0).step(EncoderRun.SENTENCE_EMBEDDING).value(),
                        EncoderView.say("card-figure")),
                "encoder", target.toQuery());
    }
}
