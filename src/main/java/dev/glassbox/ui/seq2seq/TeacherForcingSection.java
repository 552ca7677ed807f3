package dev.glassbox.ui.seq2seq;

import static dev.glassbox.ui.seq2seq.TranslateSentences.say;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.math.Softmax;
import dev.glassbox.model.seq2seq.DateCorpus;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.model.seq2seq.Seq2SeqVocabulary;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Teacher forcing versus generating, with the numbers of one training example: in training the decoder reads the
 * correct answer shifted right and every position's loss is computed in one pass; in use it reads its own output.
 */
final class TeacherForcingSection extends Div {

    /** The example: the first one {@link DateCorpus#draw} gives for this seed (a training date, as training draws them). */
    static final long EXAMPLE_SEED = 1;

    /** The training date, drawn once: building the corpus (73,000 dates, shuffled and sorted) is not cheap. */
    private static final DateCorpus.Example DRAWN = new DateCorpus().draw(new SplittableRandom(EXAMPLE_SEED));

    /** The last example computed, with the model it was computed for (the weights never change while running). */
    private static volatile Computed last;

    private record Computed(Seq2SeqTransformer model, Example example) {
    }

    /** The model this section shows, once shown: the section does not depend on the learner's date or settings. */
    private Seq2SeqTransformer shown;

    TeacherForcingSection() {
        setId("teacher-forcing");
    }

    /** The example's table rows and its mean loss: what one training pass computes. */
    record Example(DateCorpus.Example example, List<List<Object>> rows, double meanLoss) {
    }

    /** The example for {@code model}, computed once per model. */
    static Example example(Seq2SeqTransformer model) {
        Computed c = last;
        if (c == null || c.model() != model) {
            c = new Computed(model, compute(model));
            last = c;
        }
        return c.example();
    }

    private static Example compute(Seq2SeqTransformer model) {
        DateCorpus.Example e = DRAWN;
        int[] answer = Seq2SeqVocabulary.encode(e.target());
        int[] input = new int[answer.length + 1];
        input[0] = Seq2SeqVocabulary.START;
        System.arraycopy(answer, 0, input, 1, answer.length);
        Seq2SeqTransformer.Decoding d = model.decode(model.encode(Seq2SeqVocabulary.encode(e.source())), input);
        List<List<Object>> rows = new ArrayList<>();
        double sum = 0;
        for (int j = 0; j < input.length; j++) {
            int label = j < answer.length ? answer[j] : Seq2SeqVocabulary.END;
            double p = Softmax.of(d.logits()[j])[label];
            double loss = -Math.log(p);
            sum += loss;
            rows.add(List.of(j + 1, Seq2SeqVocabulary.token(input[j]), Seq2SeqVocabulary.token(label), p, loss));
        }
        return new Example(e, rows, sum / input.length);
    }

    void show(Seq2SeqTransformer model) {
        if (shown == model) {
            return; // already on the page: nothing in it depends on the learner's date or settings
        }
        shown = model;
        removeAll();
        Example x = example(model);
        Figure table = Figure.of(new Value.Table(List.of(say("tf-position"), say("tf-reads"), say("tf-correct"),
                        say("tf-probability"), say("tf-loss")), x.rows()), say("tf-summary", "n", x.rows().size()));
        table.setId("teacher-forcing-table");
        Paragraph said = new Paragraph(say("tf-sentence", "source", x.example().source(), "target", x.example().target(),
                "n", x.rows().size(), "loss", Summaries.number(x.meanLoss(), 6)));
        said.setId("teacher-forcing-sentence");
        add(Contents.heading("teacher-forcing-title", say("teacher-forcing-heading")),
                new Prose(TranslateSentences.CONCEPT, "teacher-forcing"), said, table);
    }
}
