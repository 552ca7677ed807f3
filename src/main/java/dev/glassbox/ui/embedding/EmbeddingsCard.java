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
        SentenceVectors.Result sv = SentenceVectors.of(glove, sentence);
        Component preview;
        if (sv.known().isEmpty()) {
            preview = new Paragraph("None of these words has a vector here.");
        } else {
            preview = Figure.of(CosineSimilarity.matrix(sv.known()).step(CosineSimilarity.MATRIX).value(),
                    "Cosine similarity of the sentence's words.").digits(2);
        }
        return new JourneyCard("embeddings", "Embeddings",
                "Then each word becomes " + glove.dimensions() + " numbers; " + sv.known().size() + " of its "
                        + sv.entries().size() + " words have a vector, and words used alike point the same way.",
                preview, "embeddings", EmbeddingsState.of(sentence).toQuery());
    }
}
