package dev.glassbox.ui.seq2seq;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Query;
import java.util.Set;

/**
 * The translation lesson's state, as its URL carries it:
 * {@code ?date=…&step=3&layer=1&head=0&box=cross&open=training&s=…}. {@code date} is the text the model reads,
 * {@code step} how many output tokens are written so far (1 … {@value Seq2SeqTransformer#MAX_OUTPUT}; a step past
 * the answer's end shows the last), {@code layer} and {@code head} which attention the figures follow, {@code box} the
 * diagram box whose numbers are open, {@code answer} the answers to the lesson's questions. The sentence of the other lessons rides along unchanged in {@code s}.
 */
record TranslateState(String sentence, String date, int step, int layer, int head, String box, Folds folds,
                      Answers answers) {

    static final String DATE = "date", STEP = "step", LAYER = "layer", HEAD = "head", BOX = "box";
    static final String DEFAULT_DATE = "Wednesday, 9 May 2018";
    /** The folds: how the model was trained. */
    static final String FOLD_TRAINING = "training";
    static final Set<String> FOLDS = Set.of(FOLD_TRAINING);

    /** Reads a link for a model of {@code layers} layers of {@code heads} heads on each side. */
    static Parsed<TranslateState> parse(QueryParameters parameters, int layers, int heads) {
        Query q = new Query(parameters);
        TranslateState state = new TranslateState(q.text(Query.SENTENCE, null), q.text(DATE, DEFAULT_DATE),
                q.integer(STEP, 1, 1, Seq2SeqTransformer.MAX_OUTPUT, "step"),
                q.integer(LAYER, layers - 1, 0, layers - 1, "layer"),
                q.integer(HEAD, 0, 0, heads - 1, "head"),
                q.choice(BOX, TranslateFlow.ids(), TranslateFlow.CROSS.id(), "box"),
                Folds.parse(q, FOLDS), Answers.parse(q));
        return new Parsed<>(state, q.problems());
    }

    QueryParameters toQuery() {
        return Query.of(DATE, date, STEP, step, LAYER, layer, HEAD, head, BOX, box, Folds.PARAMETER,
                folds.parameter(), Answers.PARAMETER, answers.parameter(), Query.SENTENCE, sentence);
    }

    /** A new date starts writing again from the first token. */
    TranslateState withDate(String d) {
        return new TranslateState(sentence, d, 1, layer, head, box, folds, answers);
    }

    TranslateState withStep(int s) {
        return new TranslateState(sentence, date, s, layer, head, box, folds, answers);
    }

    TranslateState withLayer(int l) {
        return new TranslateState(sentence, date, step, l, head, box, folds, answers);
    }

    TranslateState withHead(int h) {
        return new TranslateState(sentence, date, step, layer, h, box, folds, answers);
    }

    TranslateState withBox(String b) {
        return new TranslateState(sentence, date, step, layer, head, b, folds, answers);
    }

    TranslateState withAnswers(Answers a) {
        return new TranslateState(sentence, date, step, layer, head, box, folds, a);
    }

    TranslateState withFold(String name, boolean open) {
        return new TranslateState(sentence, date, step, layer, head, box, folds.with(name, open), answers);
    }
}
