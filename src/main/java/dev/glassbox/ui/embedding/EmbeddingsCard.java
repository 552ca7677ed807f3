package dev.glassbox.ui.embedding;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.model.embedding.CosineSimilarity;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.embedding.SentenceVectors;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;
import dev.glassbox.ui.base.PageLanguage;
import org.springframework.core.annotation.Order;

/** The home page's card for {@link EmbeddingsView}: how similar the sentence's words are. */
@SpringComponent
@Order(20)
public class EmbeddingsCard implements LessonCard {

    private final GloveVectors glove;

    public EmbeddingsCard(GloveVectors glove) {
        this.glove = glove;
    }

    @Override
    public JourneyCard card(String sentence) {
        SentenceVectors.Result sv = SentenceVectors.of(glove, sentence, PageLanguage.current());
        Component preview;
        if (sv.known().isEmpty()) {
            preview = new Paragraph(EmbeddingsView.say("card-none"));
        } else {
            preview = Figure.of(CosineSimilarity.matrix(sv.known()).step(CosineSimilarity.MATRIX).value(),
                    EmbeddingsView.say("card-figure")).digits(2);
        }
        return new JourneyCard("embeddings", EmbeddingsView.say("card-title"),
                EmbeddingsView.say("card-text", "dimensions", glove.dimensions(), "known", sv.known().size(),
                        "words", sv.entries().size()),
                preview, "embeddings", EmbeddingsState.of(sentence).toQuery());
    }
}
