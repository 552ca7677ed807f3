package dev.glassbox.ui.attention;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.HeadSearch;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.ViewCompute;
import org.springframework.core.annotation.Order;

/** The home page's card for {@link AttentionView}: the pronoun's strongest head, or head 0 of layer 0, as a small heatmap. */
@SpringComponent
@Order(40)
public class AttentionCard implements LessonCard {

    private final MiniLmLoader loader;

    public AttentionCard(MiniLmLoader loader) {
        this.loader = loader;
    }

    @Override
    public JourneyCard card(String sentence) {
        EncoderInput input = EncoderInput.of(sentence);
        MiniLmEncoder encoder = loader.ready().orElse(null);
        if (encoder == null) {
            return new JourneyCard("attention", AttentionText.plain("card-title"), loader.progress(PageLanguage.current()),
                    new Paragraph(AttentionText.plain("card-loading")),
                    "attention", AttentionState.of(sentence).toQuery());
        }
        EncoderRun run = ViewCompute.run(() -> loader.run(encoder, input));
        int pronoun = HeadSearch.pronoun(run.tokens());
        HeadSearch.Found found = pronoun >= 0 ? HeadSearch.strongest(run, pronoun) : null;
        int l = found == null ? 0 : found.layer();
        int h = found == null ? 0 : found.head();
        String text = found == null
                ? AttentionText.plain("card-none", "n", run.size())
                : AttentionText.plain("card-found", "layer", l, "head", h, "pronoun", run.tokens().get(pronoun),
                        "word", run.tokens().get(found.key()));
        return new JourneyCard("attention", AttentionText.plain("card-title"), text,
                Figure.of(MultiHeadAttention.matrix(run.attention(l, h), run.tokens(), run.tokens()),
                        AttentionText.plain("card-figure", "layer", l, "head", h)).range(0, 1)
                        .axes(AttentionText.plain("axis-query"), AttentionText.plain("axis-key")),
                "attention", AttentionState.of(sentence).withLayerAndHead(l, h).withQuery(pronoun).toQuery());
    }
}
