package dev.glassbox.ui.tokenize;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.tokenize.Tokenization;
import dev.glassbox.model.tokenize.Tokenizers;
import dev.glassbox.model.tokenize.WordTokenizer;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.TraceView;

/** Lesson 1: how a sentence becomes tokens. */
@Route("tokens")
@PageTitle("Tokens — Glassbox")
@Menu(order = 1, title = "Tokens", icon = "vaadin:scissors")
public class TokensView extends Main implements BeforeEnterObserver {

    private final SentenceField field = new SentenceField();
    private final Select<String> tokenizer = new Select<>();
    private final Notice notice = new Notice("tokens-notice");
    private final Paragraph counts = new Paragraph();
    private final TraceView trace = new TraceView();
    private final com.vaadin.flow.component.html.Div result = new com.vaadin.flow.component.html.Div();
    private TokensState state;

    public TokensView() {
        addClassName("gb-page");
        tokenizer.setId("tokenizer");
        tokenizer.setLabel("Tokenizer");
        tokenizer.setItems(Tokenizers.names());
        counts.setId("token-counts");
        result.setId("tokens");
        trace.setId("trace");
        add(new H1("Tokens: cutting a sentence into pieces"),
                new Paragraph("A model cannot read letters the way you do. Its first step is to cut the text into "
                        + "tokens — the units it has a number for. The simplest choice is whole words and punctuation "
                        + "marks, which is what a word tokenizer does."),
                field, tokenizer, notice, counts, result,
                new H2("Step by step"), trace);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withSentence(e.getValue()));
            }
        });
        tokenizer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withTokenizer(e.getValue()));
            }
        });
    }

    private void go(TokensState next) {
        try {
            LearnerText.require(next.sentence());
            UI.getCurrent().navigate(TokensView.class, next.toQuery());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TokensState.Parsed parsed = TokensState.parse(event.getLocation().getQueryParameters());
        state = parsed.state();
        field.setValue(state.sentence());
        tokenizer.setValue(state.tokenizer());
        result.removeAll();
        trace.removeAll();
        counts.setText("");
        try {
            Tokenization t = Tokenizers.byName(state.tokenizer()).tokenize(LearnerText.require(state.sentence()));
            if (parsed.problems().isEmpty()) {
                notice.clear();
            } else {
                notice.show(String.join(" ", parsed.problems()));
            }
            int characters = state.sentence().codePointCount(0, state.sentence().length());
            counts.setText(characters + " characters → " + t.tokens().size() + " tokens ("
                    + String.format(java.util.Locale.ROOT, "%.2f", (double) characters / Math.max(1, t.tokens().size()))
                    + " characters per token).");
            result.add(Figure.of(t.trace().steps().getLast().value(),
                    "The sentence as " + t.tokens().size() + " tokens.").showIds(true));
            trace.show(t.trace());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    /** The home page's card: the sentence's word tokens. */
    public static JourneyCard card(String sentence) {
        Tokenization t = Tokenizers.byName(WordTokenizer.NAME).tokenize(sentence);
        Value tokens = t.trace().step(WordTokenizer.TOKENS).value();
        return new JourneyCard("tokens", "Tokens",
                "First the sentence is cut into " + t.tokens().size() + " tokens.",
                Figure.of(tokens, t.tokens().size() + " word tokens."), "tokens",
                new TokensState(sentence, WordTokenizer.NAME).toQuery());
    }
}
