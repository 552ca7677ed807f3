package dev.glassbox.ui.attention;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.HeadSearch;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Summaries;
import dev.glassbox.ui.base.ViewCompute;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Which word does the pronoun stand for? The strongest head over all 72, every candidate word's weights side by side,
 * and the same search on two Winograd pairs — with what attention weights can and cannot tell.
 */
class PronounSection extends Div {

    /** A Winograd pair's sentence, the noun a reader takes "it" to mean, and the other noun. */
    record Pair(String sentence, String reader, String other) {
    }

    static final List<Pair> PAIRS = List.of(
            new Pair("The animal didn't cross the street because it was too tired.", "animal", "street"),
            new Pair("The animal didn't cross the street because it was too wide.", "street", "animal"),
            new Pair("The trophy didn't fit in the suitcase because it was too big.", "trophy", "suitcase"),
            new Pair("The trophy didn't fit in the suitcase because it was too small.", "suitcase", "trophy"));

    private final MiniLmLoader loader;
    private final Fold pairs = new Fold(AttentionState.FOLD_PAIRS, AttentionText.plain("pairs-fold"));

    PronounSection(MiniLmLoader loader, BiConsumer<String, Boolean> toggled) {
        this.loader = loader;
        setId("pronoun");
        pairs.onToggle(open -> toggled.accept(pairs.name(), open));
    }

    void show(AttentionState state, EncoderRun run) {
        removeAll();
        HeadSearch.Resolution r = HeadSearch.resolve(run);
        if (r == null) {
            setVisible(false);
            return;
        }
        setVisible(true);
        List<String> tokens = run.tokens();
        String pronoun = tokens.get(r.pronoun());
        add(new H2(AttentionText.plain("pronoun-title", "pronoun", pronoun)));
        HeadSearch.Found f = r.found();
        if (f == null) {
            add(new Paragraph(AttentionText.plain("pronoun-none", "pronoun", pronoun)));
        } else {
            Paragraph hint = new Paragraph(AttentionText.plain("pronoun-hint", "layer", f.layer(), "head", f.head(),
                    "pronoun", pronoun, "word", tokens.get(f.key()), "weight", Summaries.number(f.weight())));
            hint.setId("pronoun-hint");
            AttentionState target = state.withLayerAndHead(f.layer(), f.head()).withQuery(r.pronoun())
                    .withView(AttentionState.LINES);
            Anchor open = new Anchor("attention?" + target.toQuery().getQueryString(),
                    AttentionText.plain("pronoun-open", "layer", f.layer(), "head", f.head()));
            open.setId("pronoun-link");
            add(hint, scroll(candidates(r, tokens)), open);
        }
        add(new Prose("attention", "pronoun-caveat"), pairs);
        pairs.show(state.folds().isOpen(pairs.name()), this::pairs);
    }

    private static Figure candidates(HeadSearch.Resolution r, List<String> tokens) {
        HeadSearch.Found f = r.found();
        String found = AttentionText.plain("candidates-found", "layer", f.layer(), "head", f.head());
        List<List<Object>> rows = new ArrayList<>();
        for (HeadSearch.Candidate c : r.candidates()) {
            rows.add(List.of(c.word(), (double) c.inFound(), (double) c.best().weight(),
                    AttentionText.plain("where", "layer", c.best().layer(), "head", c.best().head())));
        }
        Figure table = Figure.of(new Value.Table(List.of(AttentionText.plain("candidates-word"), found,
                AttentionText.plain("candidates-best"), AttentionText.plain("candidates-where")), rows),
                AttentionText.plain("candidates-figure", "pronoun", tokens.get(r.pronoun()))).digits(4);
        table.setId("pronoun-candidates");
        return table;
    }

    private Component pairs() {
        List<List<Object>> rows = new ArrayList<>();
        for (Pair p : PAIRS) {
            EncoderRun run = ViewCompute.run(() -> loader.run(loader.ready().orElseThrow(), EncoderInput.of(p.sentence())));
            HeadSearch.Resolution r = HeadSearch.resolve(run);
            HeadSearch.Found f = r.found();
            float[] row = run.attention(f.layer(), f.head())[r.pronoun()];
            rows.add(List.of(p.sentence(), p.reader(), run.tokens().get(f.key()), AttentionText.plain("where", "layer", f.layer(), "head", f.head()),
                    (double) row[run.tokens().indexOf(p.reader())], (double) row[run.tokens().indexOf(p.other())]));
        }
        Figure table = Figure.of(new Value.Table(List.of(AttentionText.plain("pairs-sentence"),
                AttentionText.plain("pairs-reader"), AttentionText.plain("pairs-picks"), AttentionText.plain("pairs-in"),
                AttentionText.plain("pairs-reader-weight"), AttentionText.plain("pairs-other-weight")), rows),
                AttentionText.plain("pairs-figure")).digits(4);
        table.setId("pronoun-pairs");
        return new Div(new Prose("attention", "pairs"), scroll(table));
    }

    /** A wide table scrolls inside its own box on a phone, never the page. */
    private static Div scroll(Component c) {
        Div box = new Div(c);
        box.addClassName("gb-scroll");
        return box;
    }
}
