package dev.glassbox.ui.tokenize;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import dev.glassbox.model.tokenize.BytePairTokenizer;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.Tokenization;
import dev.glassbox.model.tokenize.WordPieceTokenizer;
import dev.glassbox.model.tokenize.WordTokenizer;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.QuestionSlot;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The lesson's opening figure: the sentence cut by the three tokenizers side by side, with their counts. */
class CompareSection extends Section {

    private static final Map<String, String> TITLES = Map.of(
            WordTokenizer.NAME, "title-word", WordPieceTokenizer.NAME, "title-wordpiece",
            BytePairTokenizer.NAME, "title-bpe");

    /** The tokenizer's name as the lesson writes it in the page's language (its own name when the lesson has none). */
    static String title(String tokenizer) {
        String section = TITLES.get(tokenizer);
        return section == null ? tokenizer : TokensText.plain(section);
    }

    private final Checkbox showIds = new Checkbox(TokensText.plain("show-ids"));
    private final Div compare = new Div();
    private final QuestionSlot question = new QuestionSlot(compare);
    private final BiConsumer<Prediction, String> answered;
    private final Fold signs = new Fold(TokensState.SIGNS, TokensText.plain("signs-fold"));

    CompareSection(Consumer<UnaryOperator<TokensState>> change, BiConsumer<String, Boolean> folded,
            BiConsumer<Prediction, String> answered) {
        this.answered = answered;
        setId("compare-section");
        H2 title = new H2(TokensText.plain("compare-title"));
        showIds.setId("show-ids");
        FromClient.onChange(showIds, show -> change.accept(s -> s.withIds(show)));
        compare.setId("compare");
        compare.addClassName("gb-compare");
        signs.onToggle(open -> folded.accept(TokensState.SIGNS, open));
        add(title, new Prose("tokens", "compare"), question, showIds, compare, signs);
    }

    void clear() {
        compare.removeAll();
        question.clear();
        signs.show(false, () -> null);
    }

    void show(TokensLesson lesson, TokensState state) {
        showIds.setValue(state.ids());
        signs.show(state.folds().isOpen(TokensState.SIGNS), () -> {
            Prose prose = new Prose("tokens", "signs");
            prose.setId("explanations");
            return prose;
        });
        compare.removeAll();
        question.ask(TokensQuestions.wordPieceCount(lesson), state.answers(), answered);
        for (Tokenization t : lesson.sideBySide) {
            List<String> texts = t.tokens().stream().map(Token::text).toList();
            List<Integer> ids = t.tokens().stream().map(Token::id).toList();
            Paragraph count = new Paragraph(TokensLesson.counts(lesson.sentence, t.tokens()));
            count.setId("counts-" + t.tokenizer());
            Figure chips = Figure.of(new Value.TokenList(texts, ids),
                    TokensText.plain("compare-figure", "tokenizer", title(t.tokenizer()), "n", texts.size())).showIds(state.ids());
            Div column = new Div(new H3(title(t.tokenizer())), count, chips);
            if (t.tokenizer().equals(BytePairTokenizer.NAME)) {
                standInNote(lesson).ifPresent(column::add);
            }
            column.setId("compare-" + t.tokenizer());
            column.addClassName("gb-compare-column");
            compare.add(column);
        }
    }

    /** Under GPT-2's tokens: which of this sentence's characters appear as other characters, when any but the space. */
    private static Optional<Paragraph> standInNote(TokensLesson lesson) {
        List<BytePairTokenizer.StandIn> letters = lesson.standIns.stream()
                .filter(s -> s.bytes().size() > 1).toList();
        if (letters.isEmpty()) {
            return Optional.empty();
        }
        BytePairTokenizer.StandIn first = letters.getFirst();
        String section = letters.size() == 1 ? "stand-in-note" : letters.size() == 2 ? "stand-in-note-one-more"
                : "stand-in-note-more";
        Paragraph note = new Paragraph(TokensText.plain(section, "character", first.character(),
                "standIns", first.standIns(), "bytes", first.bytes().size(), "hex", first.hex(),
                "more", letters.size() - 1));
        note.setId("stand-in-note");
        note.addClassName("gb-note");
        return Optional.of(note);
    }
}
