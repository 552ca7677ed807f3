package dev.glassbox.ui.tokenize;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import dev.glassbox.model.tokenize.Tokenization;
import dev.glassbox.model.tokenize.Tokenizers;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.TraceView;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** One tokenizer's result, and — folded until asked for — every step it takes with the real values. */
class StepsSection extends Section {

    private final Select<String> tokenizer = new Select<>();
    private final Paragraph counts = new Paragraph();
    private final Div result = new Div();
    private final Fold steps = new Fold(TokensState.STEPS, TokensText.plain("steps-fold"));

    StepsSection(Consumer<UnaryOperator<TokensState>> change, BiConsumer<String, Boolean> folded) {
        setId("steps-section");
        tokenizer.setId("tokenizer");
        tokenizer.setLabel(TokensText.plain("steps-tokenizer"));
        tokenizer.setItems(Tokenizers.names());
        tokenizer.setItemLabelGenerator(name -> name + " — " + CompareSection.title(name));
        FromClient.onChange(tokenizer, t -> change.accept(s -> s.withTokenizer(t)));
        counts.setId("token-counts");
        result.setId("tokens");
        steps.onToggle(open -> folded.accept(TokensState.STEPS, open));
        add(new H2(TokensText.plain("steps-title")), new Prose("tokens", "steps"), tokenizer, counts, result, steps);
    }

    void clear() {
        counts.setText("");
        result.removeAll();
        steps.show(false, () -> null);
    }

    void show(TokensLesson lesson, TokensState state) {
        tokenizer.setValue(state.tokenizer());
        Tokenization t = lesson.selected;
        counts.setText(TokensLesson.counts(lesson.sentence, t.tokens()));
        result.add(Figure.of(t.trace().steps().getLast().value(), TokensText.plain("steps-figure", "n", t.tokens().size()))
                .showIds(true));
        steps.setSummaryText(TokensText.plain("steps-fold-count", "n", t.trace().steps().size()));
        steps.show(state.folds().isOpen(TokensState.STEPS), () -> {
            TraceView trace = new TraceView();
            trace.setId("trace");
            trace.show(t.trace());
            return trace;
        });
    }
}
