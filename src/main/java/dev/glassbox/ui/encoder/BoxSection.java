package dev.glassbox.ui.encoder;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Query;
import dev.glassbox.ui.base.Question;
import dev.glassbox.ui.base.TraceView;
import java.util.function.BiConsumer;

/** The chosen box of the flow: its steps for the learner's sentence, every number shown. */
class BoxSection extends Div {

    /** The share of a matrix's numbers its colour scale covers. */

    private final BiConsumer<Prediction, String> answered;

    BoxSection(BiConsumer<Prediction, String> answered) {
        this.answered = answered;
        setId("encoder-box");
    }

    void show(EncoderState state, EncoderRun run) {
        removeAll();
        EncoderFlow box = EncoderFlow.byId(state.box());
        add(new H2(box.inLayer() ? EncoderView.say("box-heading-layer", "box", box.title(), "layer", state.layer())
                : box.title()));
        if (box == EncoderFlow.ATTENTION) {
            add(new Anchor("attention?" + Query.of(Query.SENTENCE, state.sentence(), "layer", state.layer())
                    .getQueryString(), EncoderView.say("attention-link")));
        }
        TraceView steps = new TraceView();
        steps.setId("encoder-steps");
        steps.show(run.part(state.layer(), 0, box.steps(), PageLanguage.current()), s -> s.id().equals(MultiHeadAttention.WEIGHTS)
                ? Figure.of(s.value(), EncoderView.say("attention-figure")).range(0, 1)
                        .axes(EncoderView.say("axis-query"), EncoderView.say("axis-key"))
                : Figure.of(s.value()));
        EncoderQuestions.of(box, run, state.layer())
                .ifPresent(q -> add(new Question(q, state.answers(), answered, steps)));
        add(steps);
        if (box == EncoderFlow.NORM_1 || box == EncoderFlow.NORM_2 || box == EncoderFlow.EMBEDDING_NORM) {
            add(new Prose("encoder", "layer-norm"));
        }
    }
}
