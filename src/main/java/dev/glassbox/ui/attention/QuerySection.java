package dev.glassbox.ui.attention;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.attention.QueryArithmetic;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Question;
import dev.glassbox.ui.base.Summaries;
import dev.glassbox.ui.base.TraceView;
import java.util.List;
import java.util.function.BiConsumer;

/** Follow one word: its row of the chosen head in one computed sentence; every number of it, and of the head, folded. */
class QuerySection extends Div {

    private final Fold arithmetic = new Fold(AttentionState.FOLD_QUERY, AttentionText.plain("query-fold"));
    private final Fold head = new Fold(AttentionState.FOLD_HEAD, AttentionText.plain("head-fold"));

    private final BiConsumer<Prediction, String> answered;

    QuerySection(BiConsumer<String, Boolean> toggled, BiConsumer<Prediction, String> answered) {
        this.answered = answered;
        setId("one-word");
        arithmetic.onToggle(open -> toggled.accept(arithmetic.name(), open));
        head.onToggle(open -> toggled.accept(head.name(), open));
    }

    void show(AttentionState state, EncoderRun run, int q) {
        removeAll();
        List<String> tokens = run.tokens();
        int l = state.layer();
        int h = state.head();
        float[] row = run.attention(l, h)[q];
        int top = AttentionQuestions.top(row);
        H2 title = new H2(AttentionText.plain("follow-title", "token", tokens.get(q), "layer", l, "head", h));
        title.getStyle().set("overflow-wrap", "anywhere");
        Paragraph summary = new Paragraph(AttentionText.plain("query-summary", "token", tokens.get(q),
                "weight", Summaries.number(row[top]), "top", tokens.get(top)));
        summary.setId("query-summary");
        add(title, new Question(AttentionQuestions.clsShare(tokens, run.attention(l, h), l, h, q), state.answers(), answered,
                summary, arithmetic, head), summary, arithmetic, head);
        arithmetic.show(state.folds().isOpen(arithmetic.name()), () -> {
            TraceView steps = new TraceView(QueryArithmetic.trace(run.layers().get(l).attention(), h, q, tokens,
                    PageLanguage.current()));
            steps.setId("query-steps");
            return steps;
        });
        this.head.show(state.folds().isOpen(this.head.name()), () -> {
            TraceView steps = new TraceView("head-step-");
            steps.show(run.attentionTrace(l, h, PageLanguage.current()));
            steps.setId("head-steps");
            return steps;
        });
    }
}
