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
    private final Fold lookups = new Fold(TokensState.LOOKUPS, TokensText.plain("lookups-fold"));

    WordPieceSection(Consumer<UnaryOperator<TokensState>> change, BiConsumer<String, Boolean> folded) {
        setId("wordpiece");
        changes.setId("normaliser-changes");
        word.setId("word");
        word.setLabel(TokensText.plain("word-label"));
        word.setWidth("min(100%, 24rem)");
        FromClient.onChange(word, w -> {
            if (w != null) {
                change.accept(s -> s.withWord(w));
            }
        });
        search.setId("wordpiece-search");
        lookups.onToggle(open -> folded.accept(TokensState.LOOKUPS, open));
        add(new H2(TokensText.plain("wordpiece-title")), new Prose("tokens", "wordpiece"),
                new H3(TokensText.plain("normaliser-title")), changes,
                new H3(TokensText.plain("search-title")), new Prose("tokens", "search"), word, search, lookups);
    }

    void clear() {
        changes.removeAll();
        search.removeAll();
        lookups.show(false, () -> null);
    }

    void show(TokensLesson lesson, TokensState state) {
        Value.Table table = lesson.normaliserChanges;
        int total = table.rows().stream().mapToInt(r -> ((Number) r.get(2)).intValue()).sum();
        int kinds = table.rows().size();
        Paragraph summary = new Paragraph(TokensText.plain(kinds == 0 ? "normaliser-none"
                : total == 1 ? "normaliser-one" : kinds == 1 ? "normaliser-many-one-kind" : "normaliser-many-kinds",
                "n", total, "kinds", kinds));
        summary.setId("normaliser-summary");
        changes.add(summary);
        if (!table.rows().isEmpty()) {
            changes.add(Figure.of(table, TokensText.plain("normaliser-figure", "kinds", kinds)));
        }
        word.setItems(lesson.words);
        if (lesson.word == null) {
            word.setEnabled(false);
            search.add(new Paragraph(TokensText.plain("search-no-words")));
            lookups.show(false, () -> null);
            return;
        }
        word.setEnabled(true);
        word.setValue(lesson.word);
        WordPieceTokenizer.Search s = lesson.search;
        Paragraph outcome = new Paragraph(TokensText.plain(s.unknown()
                ? (s.attempts().isEmpty() ? "search-too-long" : "search-unknown")
                : s.attempts().size() == 1 ? "search-pieces-one" : "search-pieces-other",
                "word", s.word(), "limit", WordPieceTokenizer.MAX_CHARACTERS_PER_WORD,
                "pieces", String.join(" ", s.pieces()), "n", s.attempts().size()));
        outcome.setId("search-outcome");
        List<Integer> pieceIds = s.pieces().stream().map(p -> WordPieceTokenizer.minilm().id(p)).toList();
        search.add(outcome, Figure.of(new Value.TokenList(s.pieces(), pieceIds), TokensText.plain("search-figure", "word", s.word()))
                .showIds(true));
        lookups.setSummaryText(TokensText.plain("lookups-fold-count", "n", s.attempts().size()));
        lookups.show(state.folds().isOpen(TokensState.LOOKUPS), () -> lookupTable(s));
    }

    private static Component lookupTable(WordPieceTokenizer.Search s) {
        List<List<Object>> rows = new ArrayList<>();
        for (int n = 0; n < s.attempts().size(); n++) {
            WordPieceTokenizer.Attempt a = s.attempts().get(n);
            rows.add(List.of(n + 1, a.candidate(), a.found() ? TokensText.plain("lookup-yes", "id", a.id()) : TokensText.plain("lookup-no")));
        }
        Figure table = Figure.of(new Value.Table(List.of("#", TokensText.plain("lookup-column"),
                TokensText.plain("lookup-found-column")), rows),
                TokensText.plain("lookup-figure", "n", s.attempts().size()));
        table.setId("lookup-table");
        return table;
    }
}
