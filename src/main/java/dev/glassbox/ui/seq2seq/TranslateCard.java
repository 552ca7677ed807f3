package dev.glassbox.ui.seq2seq;

import static dev.glassbox.ui.seq2seq.TranslateSentences.say;

import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.model.seq2seq.Seq2SeqVocabulary;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;
import dev.glassbox.ui.base.Query;
import dev.glassbox.ui.base.ViewCompute;
import java.util.Arrays;
import org.springframework.core.annotation.Order;

/**
 * The home page's card for {@link TranslateView}. Its lesson reads a date, not the sentence, so the card shows the
 * model's answer for the lesson's first date, and its link keeps the sentence for the other lessons.
 */
@SpringComponent
@Order(67)
public class TranslateCard implements LessonCard {

    private final Seq2SeqTransformer model;

    public TranslateCard(Seq2SeqTransformer model) {
        this.model = model;
    }

    @Override
    public JourneyCard card(String sentence) {
        String date = TranslateState.DEFAULT_DATE;
        Seq2SeqTransformer.Translation t = ViewCompute.run(() -> model.translate(date));
        Figure preview = Figure.of(new Value.TokenList(
                Arrays.stream(t.output()).mapToObj(Seq2SeqVocabulary::token).toList(),
                Arrays.stream(t.output()).boxed().toList()),
                say("card-summary", "date", date));
        return new JourneyCard("translate", say("card-title"), say("card-text", "date", date, "answer", t.text()),
                preview, "translate", Query.of(TranslateState.DATE, date, Query.SENTENCE, sentence));
    }
}
