package dev.glassbox.ui.tokenize;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.UrlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Lesson 1: how a sentence becomes tokens — words, WordPiece and byte-level BPE side by side, merge by merge. */
@Route("tokens")
@PageTitle("Tokens — Glassbox")
@Menu(order = 1, title = "Tokens", icon = "vaadin:scissors")
@StyleSheet("context://frontend/tokens.css")
public class TokensView extends Main implements BeforeEnterObserver {

    /** "Try this" sentences: what each shows about subword tokenizers. */
    static final Map<String, String> TRY_THIS = Map.of(
            "rare", "Antidisestablishmentarianism is a famously long and rare word.",
            "number", "The ship sailed 3,141 miles in 1851 for $27.50.",
            "emoji", "I love tokenizers 😀👍🏽 and my family 👨‍👩‍👧 too!",
            "accents", "José ate crème brûlée in Reykjavík.",
            "misspelling", "Teh qiuck borwn fox jumsp ovre teh lazy dgo.");
    private static final List<String> TRY_ORDER = List.of("rare", "number", "emoji", "accents", "misspelling");

    private final SentenceField field = new SentenceField();
    private final Notice notice = new Notice("tokens-notice");
    private final CompareSection compare = new CompareSection(this::change, this::fold, this::answer);
    private final SpecialTokensSection special = new SpecialTokensSection();
    private final WordPieceSection wordPiece = new WordPieceSection(this::change, this::fold);
    private final BytePairSection bytePair = new BytePairSection(this::change, this::answer);
    private final StepsSection steps = new StepsSection(this::change, this::fold);
    private TokensState state;

    public TokensView() {
        addClassNames("gb-page", "gb-tokens");
        FromClient.onChange(field, s -> change(state -> state.withSentence(s)));
        Div tryThis = new Div(new Span(TokensText.plain("try-this")));
        tryThis.setId("try-this");
        tryThis.addClassName("gb-try");
        for (String key : TRY_ORDER) {
            Button b = new Button(TokensText.plain("try-" + key), e -> change(s -> s.withSentence(TRY_THIS.get(key))));
            b.setId("try-" + key);
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            tryThis.add(b);
        }
        // The sentence field is the first thing the keyboard reaches after "Skip to the lesson"; the contents follow.
        add(new H1(TokensText.plain("title")), new Prose("tokens", "intro"), field, tryThis, notice,
                new Contents(new Contents.Entry("compare-section", TokensText.plain("contents-compare")),
                        new Contents.Entry("special-tokens", TokensText.plain("contents-special")),
                        new Contents.Entry("wordpiece", TokensText.plain("contents-wordpiece")),
                        new Contents.Entry("bpe", TokensText.plain("contents-bpe")),
                        new Contents.Entry("steps-section", TokensText.plain("contents-steps"))),
                compare, special, wordPiece, bytePair, steps);
    }

    /** A learner's change: the new state, checked, becomes the new link (and so the new view). */
    private void change(UnaryOperator<TokensState> edit) {
        TokensState next = edit.apply(state);
        try {
            LearnerText.require(next.sentence());
            UI.getCurrent().navigate(TokensView.class, next.toQuery());
        } catch (InvalidInputException e) {
            clear(); // the figures of the old sentence never stand under a message about the new one
            notice.show(e.getMessage());
        }
    }

    private void clear() {
        compare.clear();
        special.clear();
        wordPiece.clear();
        bytePair.clear();
        steps.clear();
    }

    /** A learner opened or closed a fold: only the link changes, nothing is drawn again. */
    private void fold(String name, boolean open) {
        state = state.withFold(name, open);
        UrlState.replace(TokensView.class, state.toQuery());
    }

    /** A learner answered a question (or chose to see its answer): only the link changes. */
    private void answer(Prediction question, String value) {
        state = state.withAnswer(question, value);
        UrlState.replace(TokensView.class, state.toQuery());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Parsed<TokensState> parsed = TokensState.parse(event.getLocation().getQueryParameters());
        state = parsed.state();
        field.setValue(state.sentence());
        clear();
        try {
            TokensLesson lesson = new TokensLesson(state, LearnerText.require(state.sentence()));
            List<String> problems = new ArrayList<>(parsed.problems());
            problems.addAll(lesson.problems());
            notice.show(problems);
            compare.show(lesson, state);
            special.show(lesson);
            wordPiece.show(lesson, state);
            bytePair.show(lesson, state);
            steps.show(lesson, state);
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }
}
