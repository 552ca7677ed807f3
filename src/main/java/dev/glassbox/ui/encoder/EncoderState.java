package dev.glassbox.ui.encoder;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Query;

/**
 * The encoder lesson's state, as its URL carries it: {@code ?s=…&layer=0&box=norm-1&answer=…}. Nothing in it points
 * into the sentence. The answers to the lesson's questions: see {@link Answers}.
 */
record EncoderState(String sentence, int layer, String box, Answers answers) {

    static final String LAYER = "layer", BOX = "box";

    EncoderState(String sentence, int layer, String box) {
        this(sentence, layer, box, Answers.NONE);
    }

    static Parsed<EncoderState> parse(QueryParameters parameters) {
        Query q = new Query(parameters);
        EncoderState state = new EncoderState(q.sentence(), q.integer(LAYER, 0, 0, MiniLmEncoder.LAYERS - 1, "layer"),
                q.choice(BOX, EncoderFlow.ids(), EncoderFlow.NORM_1.id(), "step"), Answers.parse(q));
        return new Parsed<>(state, q.problems());
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, LAYER, layer, BOX, box, Answers.PARAMETER, answers.parameter());
    }

    EncoderState withSentence(String s) {
        return new EncoderState(s, layer, box, answers);
    }

    EncoderState withLayer(int l) {
        return new EncoderState(sentence, l, box, answers);
    }

    EncoderState withBox(String b) {
        return new EncoderState(sentence, layer, b, answers);
    }

    EncoderState withAnswer(Prediction question, String value) {
        return new EncoderState(sentence, layer, box, answers.with(question, value));
    }
}
