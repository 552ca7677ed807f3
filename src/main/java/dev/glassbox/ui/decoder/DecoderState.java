package dev.glassbox.ui.decoder;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Query;
import java.util.Set;

/**
 * The decoder lesson's state, as its URL carries it: {@code ?s=…&layer=1&head=2&box=attention&open=all,training}.
 * {@code layer} is the block (0 … L−1) and {@code head} the attention head (0 … H−1) the page follows, {@code box}
 * the step of the block diagram whose numbers are shown, {@code open} the open folds, {@code answer} the answers to
 * the lesson's questions. Nothing in it points into the text, so a new text keeps everything (an answer whose
 * question the new text changes no longer counts, see {@link Answers}).
 */
record DecoderState(String sentence, int layer, int head, String box, Folds folds, Answers answers) {

    static final String LAYER = "layer", HEAD = "head", BOX = "box";
    /** The folds: every character's probability, and how the model was trained. */
    static final String FOLD_ALL = "all", FOLD_TRAINING = "training";
    static final Set<String> FOLDS = Set.of(FOLD_ALL, FOLD_TRAINING);

    static DecoderState of(String sentence) {
        return new DecoderState(sentence, 0, 0, DecoderFlow.EMBEDDINGS.id(), Folds.NONE, Answers.NONE);
    }

    /** Reads a link for a model of {@code layers} blocks of {@code heads} heads. */
    static Parsed<DecoderState> parse(QueryParameters parameters, int layers, int heads) {
        Query q = new Query(parameters);
        DecoderState state = new DecoderState(q.sentence(),
                q.integer(LAYER, 0, 0, layers - 1, "layer"),
                q.integer(HEAD, 0, 0, heads - 1, "head"),
                q.choice(BOX, DecoderFlow.ids(), DecoderFlow.EMBEDDINGS.id(), "step"),
                Folds.parse(q, FOLDS), Answers.parse(q));
        return new Parsed<>(state, q.problems());
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, LAYER, layer, HEAD, head, BOX, box, Folds.PARAMETER, folds.parameter(),
                Answers.PARAMETER, answers.parameter());
    }

    DecoderState withSentence(String s) {
        return new DecoderState(s, layer, head, box, folds, answers);
    }

    DecoderState withLayer(int l) {
        return new DecoderState(sentence, l, head, box, folds, answers);
    }

    DecoderState withHead(int h) {
        return new DecoderState(sentence, layer, h, box, folds, answers);
    }

    DecoderState withBox(String b) {
        return new DecoderState(sentence, layer, head, b, folds, answers);
    }

    DecoderState withFold(String name, boolean open) {
        return new DecoderState(sentence, layer, head, box, folds.with(name, open), answers);
    }

    DecoderState withAnswers(Answers a) {
        return new DecoderState(sentence, layer, head, box, folds, a);
    }
}
