package dev.glassbox.ui.tokenize;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import dev.glassbox.model.tokenize.WordPieceTokenizer;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** BERT's tokenizer stage by stage: what the normaliser changed, then WordPiece's longest-match search on one word. */
class WordPieceSection extends Section {

    private final Div changes = new Div();
    private final Select<String> word = new Select<>();
    private final Div search = new Div();
    private final Fold lookups = new Fold(TokensState.LOOKUPS, "Every lookup, in order");

    WordPieceSection(Consumer<UnaryOperator<TokensState>> change, BiConsumer<String, Boolean> folded) {
        setId("wordpiece");
        changes.setId("normaliser-changes");
        word.setId("word");
        word.setLabel("Word");
        word.setWidth("min(100%, 24rem)");
        FromClient.onChange(word, w -> {
            if (w != null) {
                change.accept(s -> s.withWord(w));
            }
        });
        search.setId("wordpiece-search");
        lookups.onToggle(open -> folded.accept(TokensState.LOOKUPS, open));
        add(new H2("WordPiece: normalise, split, then longest match first"), new Prose("tokens", "wordpiece"),
                new H3("What the normaliser changed"), changes,
                new H3("How WordPiece cuts one word"), new Prose("tokens", "search"), word, search, lookups);
    }

    void clear() {
        changes.removeAll();
        search.removeAll();
        lookups.show(false, () -> null);
    }

    void show(TokensLesson lesson, TokensState state) {
        Value.Table table = lesson.normaliserChanges;
        int total = table.rows().stream().mapToInt(r -> ((Number) r.get(2)).intValue()).sum();
        Paragraph summary = new Paragraph(table.rows().isEmpty()
                ? "In your sentence the normaliser changed nothing: it was already lowercase, without accents or "
                        + "unusual spaces."
                : "In your sentence the normaliser changed " + total + (total == 1 ? " character" : " characters")
                        + " (" + table.rows().size() + (table.rows().size() == 1 ? " kind" : " different kinds")
                        + "); WordPiece only ever sees the result.");
        summary.setId("normaliser-summary");
        changes.add(summary);
        if (!table.rows().isEmpty()) {
            changes.add(Figure.of(table, table.rows().size() + " kinds of character changed by the normaliser."));
        }
        word.setItems(lesson.words);
        if (lesson.word == null) {
            word.setEnabled(false);
            search.add(new Paragraph("This sentence has no words for WordPiece to search."));
            lookups.show(false, () -> null);
            return;
        }
        word.setEnabled(true);
        word.setValue(lesson.word);
        WordPieceTokenizer.Search s = lesson.search;
        Paragraph outcome = new Paragraph(s.unknown()
                ? (s.attempts().isEmpty()
                        ? "\"" + s.word() + "\" is longer than " + WordPieceTokenizer.MAX_CHARACTERS_PER_WORD
                                + " characters, so WordPiece does not search: it becomes [UNK]."
                        : "No piece fits at some point, so the whole word \"" + s.word() + "\" becomes [UNK].")
                : "\"" + s.word() + "\" → " + String.join(" ", s.pieces()) + "  after " + s.attempts().size()
                        + (s.attempts().size() == 1 ? " lookup." : " lookups."));
        outcome.setId("search-outcome");
        List<Integer> pieceIds = s.pieces().stream().map(p -> WordPieceTokenizer.minilm().id(p)).toList();
        search.add(outcome, Figure.of(new Value.TokenList(s.pieces(), pieceIds), "The pieces of \"" + s.word() + "\".")
                .showIds(true));
        lookups.setSummaryText("Every lookup, in order (" + s.attempts().size() + ")");
        lookups.show(state.folds().isOpen(TokensState.LOOKUPS), () -> lookupTable(s));
    }

    private static Component lookupTable(WordPieceTokenizer.Search s) {
        List<List<Object>> rows = new ArrayList<>();
        for (int n = 0; n < s.attempts().size(); n++) {
            WordPieceTokenizer.Attempt a = s.attempts().get(n);
            rows.add(List.of(n + 1, a.candidate(), a.found() ? "yes, id " + a.id() : "no"));
        }
        Figure table = Figure.of(new Value.Table(List.of("#", "lookup", "in the vocabulary?"), rows),
                s.attempts().size() + " lookups, longest candidate first.");
        table.setId("lookup-table");
        return table;
    }
}
