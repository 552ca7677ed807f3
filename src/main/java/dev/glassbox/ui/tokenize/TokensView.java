package dev.glassbox.ui.tokenize;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.tokenize.BytePairTokenizer;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.Tokenization;
import dev.glassbox.model.tokenize.Tokenizers;
import dev.glassbox.model.tokenize.WordPieceTokenizer;
import dev.glassbox.model.tokenize.WordTokenizer;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.TraceView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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
            "misspelling", "Teh qiuck borwn fox jumsp ovre teh lazy dgo.");
    private static final List<String> TRY_ORDER = List.of("rare", "number", "emoji", "misspelling");
    private static final Map<String, String> TRY_LABELS = Map.of(
            "rare", "a rare word", "number", "a number", "emoji", "an emoji", "misspelling", "a misspelling");

    private static final Map<String, String> TITLES = Map.of(
            WordTokenizer.NAME, "Words", WordPieceTokenizer.NAME, "WordPiece (BERT, MiniLM)",
            BytePairTokenizer.NAME, "Byte-level BPE (GPT-2)");

    private final SentenceField field = new SentenceField();
    private final Select<String> tokenizer = new Select<>();
    private final Checkbox showIds = new Checkbox("Show ids");
    private final Notice notice = new Notice("tokens-notice");
    private final Div compare = new Div();
    private final Paragraph counts = new Paragraph();
    private final Div result = new Div();
    private final Paragraph mergeCaption = new Paragraph();
    private final Input mergeSlider = new Input(ValueChangeMode.ON_CHANGE);
    private final Button previous = new Button("← Previous merge");
    private final Button next = new Button("Next merge →");
    private final Div mergeState = new Div();
    private final Select<String> word = new Select<>();
    private final Div search = new Div();
    private final TraceView trace = new TraceView();
    private TokensState state;

    public TokensView() {
        addClassName("gb-page");
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withSentence(e.getValue()));
            }
        });

        Div tryThis = new Div(new Span("Try this:"));
        tryThis.setId("try-this");
        tryThis.addClassName("gb-try");
        for (String key : TRY_ORDER) {
            Button b = new Button(TRY_LABELS.get(key),
                    e -> go(state.withSentence(TRY_THIS.get(key))));
            b.setId("try-" + key);
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            tryThis.add(b);
        }

        showIds.setId("show-ids");
        showIds.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withIds(e.getValue()));
            }
        });
        compare.setId("compare");
        compare.addClassName("gb-compare");

        tokenizer.setId("tokenizer");
        tokenizer.setLabel("Tokenizer");
        tokenizer.setItems(Tokenizers.names());
        tokenizer.setItemLabelGenerator(name -> name + " — " + TITLES.getOrDefault(name, name));
        tokenizer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withTokenizer(e.getValue()));
            }
        });
        counts.setId("token-counts");
        result.setId("tokens");
        trace.setId("trace");

        mergeCaption.setId("merge-caption");
        mergeCaption.addClassName("gb-merge-caption");
        mergeCaption.getElement().setAttribute("aria-live", "polite");
        mergeSlider.setId("merge-slider");
        mergeSlider.setType("range");
        mergeSlider.getElement().setAttribute("aria-label", "Merge step");
        mergeSlider.getElement().setAttribute("min", "0");
        mergeSlider.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withMergeStep(parseStep(e.getValue())));
            }
        });
        previous.setId("merge-previous");
        next.setId("merge-next");
        previous.addClickListener(e -> go(state.withMergeStep(Math.max(0, state.mergeStep() - 1))));
        next.addClickListener(e -> go(state.withMergeStep(state.mergeStep() + 1)));
        previous.addClickShortcut(Key.ARROW_LEFT).listenOn(previous, next);
        next.addClickShortcut(Key.ARROW_RIGHT).listenOn(previous, next);
        Div stepper = new Div(previous, mergeSlider, next);
        stepper.addClassName("gb-stepper");
        mergeState.setId("merge-state");

        word.setId("word");
        word.setLabel("Word");
        word.setWidth("min(100%, 24rem)");
        word.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(state.withWord(e.getValue()));
            }
        });
        search.setId("wordpiece-search");

        add(new H1("Tokens: cutting a sentence into pieces"),
                new Paragraph("A model cannot read letters the way you do. Its first step is to cut the text into "
                        + "tokens — the units it has a number for. Whole words are the obvious choice, but a "
                        + "vocabulary can never hold every word: names, typos, numbers and new words keep coming. "
                        + "Subword tokenizers solve this with a fixed vocabulary of pieces (about 30,000 for BERT, "
                        + "50,000 for GPT-2): common words stay whole, rare words are spelled out of smaller pieces."),
                field, tryThis, notice,
                new H2("Three tokenizers, side by side"),
                new Paragraph("The same sentence, cut by three real tokenizers. Each box is one token; · marks a "
                        + "space, → a tab and ↵ a line break inside a token."),
                showIds, compare,
                new H2("Merge by merge: how BPE builds its tokens"),
                new Paragraph("Byte-level BPE starts from single bytes and, one step at a time, joins the "
                        + "neighbouring pair with the lowest rank — the pair GPT-2 learned to join earliest, because "
                        + "it was the most frequent in its training text. Step through the merges with the buttons, "
                        + "the slider or the arrow keys."),
                stepper, mergeCaption, mergeState,
                new H2("Longest match first: how WordPiece cuts a word"),
                new Paragraph("WordPiece looks for the longest beginning of the word that is in its vocabulary, "
                        + "then the longest continuation of the rest (written with ##), and so on. Pick a word to "
                        + "see every lookup it makes."),
                word, search,
                explanations(),
                new H2("Step by step"),
                new Paragraph("Choose a tokenizer to see every step it takes, with the real values."),
                tokenizer, counts, result, trace);
    }

    private static Div explanations() {
        Div box = new Div(new H2("What the signs mean"),
                term("##", "WordPiece writes ## in front of a piece that continues a word: \"playing\" might be "
                        + "play + ##ing. A piece without ## starts a new word."),
                term("Ġ", "GPT-2 works on bytes and writes each byte as a visible character. The space byte is "
                        + "written Ġ, so \"Ġthe\" is \" the\" with its space: \"the\" and \" the\" are different tokens."),
                term("[CLS] and [SEP]", "BERT-style models add [CLS] at the start (its output can stand for the "
                        + "whole sentence) and [SEP] at the end (it marks where a sentence stops)."),
                term("[UNK]", "Unknown: WordPiece gives up on a word when no piece fits somewhere in it (a rare "
                        + "symbol, an emoji) or when the word is over 100 characters. Byte-level BPE never needs "
                        + "[UNK], since any text is bytes and every byte is a token."),
                term("Why the counts differ", "Each tokenizer has its own vocabulary, learned from its own text, "
                        + "and its own rules: WordPiece lowercases and drops accents, GPT-2 keeps the case and the "
                        + "spaces. More tokens per sentence means more work for the model and less text fitting "
                        + "into its window."));
        box.setId("explanations");
        box.addClassName("gb-explain");
        return box;
    }

    private static Paragraph term(String term, String meaning) {
        Span t = new Span(term);
        t.addClassName("gb-term");
        t.getStyle().set("font-weight", "600");
        return new Paragraph(t, new Span(" — " + meaning));
    }

    private static int parseStep(String value) {
        try {
            return Math.max(0, Math.min(TokensState.MAX_MERGE_STEP, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
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
        showIds.setValue(state.ids());
        compare.removeAll();
        result.removeAll();
        trace.removeAll();
        mergeState.removeAll();
        search.removeAll();
        counts.setText("");
        mergeCaption.setText("");
        try {
            TokensLesson lesson = new TokensLesson(state, LearnerText.require(state.sentence()));
            List<String> problems = new ArrayList<>(parsed.problems());
            problems.addAll(lesson.problems());
            if (problems.isEmpty()) {
                notice.clear();
            } else {
                notice.show(String.join(" ", problems));
            }
            showCompare(lesson);
            showMerges(lesson);
            showSearch(lesson);
            Tokenization t = lesson.selected;
            counts.setText(TokensLesson.counts(state.sentence(), t.tokens()));
            result.add(Figure.of(t.trace().steps().getLast().value(), "The sentence as " + t.tokens().size() + " tokens.")
                    .showIds(true));
            trace.show(t.trace());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    private void showCompare(TokensLesson lesson) {
        for (Tokenization t : lesson.sideBySide) {
            List<String> texts = t.tokens().stream().map(Token::text).toList();
            List<Integer> ids = t.tokens().stream().map(Token::id).toList();
            Paragraph count = new Paragraph(TokensLesson.counts(lesson.sentence, t.tokens()));
            count.setId("counts-" + t.tokenizer());
            Div column = new Div(new H3(TITLES.get(t.tokenizer())), count,
                    Figure.of(new Value.TokenList(texts, ids), TITLES.get(t.tokenizer()) + ": " + texts.size() + " tokens.")
                            .showIds(state.ids()));
            column.setId("compare-" + t.tokenizer());
            column.addClassName("gb-compare-column");
            compare.add(column);
        }
    }

    private void showMerges(TokensLesson lesson) {
        BytePairTokenizer.Replay replay = lesson.replay;
        int total = replay.merges().size();
        int step = lesson.mergeStep;
        mergeSlider.getElement().setAttribute("max", String.valueOf(total));
        mergeSlider.setValue(String.valueOf(step));
        mergeSlider.getElement().setAttribute("aria-valuetext", "merge " + step + " of " + total);
        previous.setEnabled(step > 0);
        next.setEnabled(step < total);
        if (step == 0) {
            mergeCaption.setText("Step 0 of " + total + ": every byte is its own symbol ("
                    + replay.symbols().stream().mapToInt(List::size).sum() + " symbols).");
        } else {
            BytePairTokenizer.Merge merge = replay.merges().get(step - 1);
            mergeCaption.setText("Merge " + step + " of " + total + ": " + merge.left() + " + " + merge.right() + " → "
                    + merge.merged() + "   (rank " + merge.rank() + ", in \"" + replay.pieces().get(merge.piece()) + "\")");
        }
        List<String> parts = replay.partsAfter(step).stream().flatMap(List::stream).toList();
        int marked = lesson.mergedChip();
        mergeState.add(Figure.of(new Value.TokenList(parts, Collections.nCopies(parts.size(), null)),
                        "After " + step + " of " + total + " merges: " + parts.size() + " symbols.")
                .marks(marked < 0 ? List.of() : List.of(marked)));
    }

    private void showSearch(TokensLesson lesson) {
        word.setItems(lesson.words);
        if (lesson.word == null) {
            word.setEnabled(false);
            search.add(new Paragraph("This sentence has no words for WordPiece to search."));
            return;
        }
        word.setEnabled(true);
        word.setValue(lesson.word);
        WordPieceTokenizer.Search s = lesson.search;
        List<List<Object>> rows = new ArrayList<>();
        for (int n = 0; n < s.attempts().size(); n++) {
            WordPieceTokenizer.Attempt a = s.attempts().get(n);
            rows.add(List.of(n + 1, a.candidate(), a.found() ? "yes, id " + a.id() : "no"));
        }
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
                        .showIds(true),
                Figure.of(new Value.Table(List.of("#", "lookup", "in the vocabulary?"), rows),
                        s.attempts().size() + " lookups, longest candidate first."));
    }

    /** The home page's card: the sentence's word tokens. */
    public static JourneyCard card(String sentence) {
        Tokenization t = Tokenizers.byName(WordTokenizer.NAME).tokenize(sentence);
        Value tokens = t.trace().step(WordTokenizer.TOKENS).value();
        int pieces = WordPieceTokenizer.minilm().encode(sentence).size();
        return new JourneyCard("tokens", "Tokens",
                "First the sentence is cut into " + t.tokens().size() + " tokens; the MiniLM model reads it as "
                        + pieces + " WordPiece tokens.",
                Figure.of(tokens, t.tokens().size() + " word tokens."), "tokens",
                new TokensState(sentence, WordTokenizer.NAME).toQuery());
    }
}
