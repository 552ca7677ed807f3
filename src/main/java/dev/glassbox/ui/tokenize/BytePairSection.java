package dev.glassbox.ui.tokenize;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.glassbox.model.tokenize.BytePairTokenizer;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.QuestionSlot;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** GPT-2's byte-level BPE: the bytes and their stand-in characters for this sentence, then the merges one by one. */
class BytePairSection extends Section {

    private final Div standIns = new Div();
    private final Paragraph caption = new Paragraph();
    private final Input slider = new Input(ValueChangeMode.ON_CHANGE);
    private final Button previous = new Button(TokensText.plain("merge-previous"));
    private final Button next = new Button(TokensText.plain("merge-next"));
    private final Div symbols = new Div();
    private final Div stepper = new Div(previous, slider, next);
    private final QuestionSlot question = new QuestionSlot(stepper, caption, symbols);
    private final BiConsumer<Prediction, String> answered;
    private int step;

    BytePairSection(Consumer<UnaryOperator<TokensState>> change, BiConsumer<Prediction, String> answered) {
        this.answered = answered;
        setId("bpe");
        standIns.setId("stand-ins");
        caption.setId("merge-caption");
        caption.addClassName("gb-merge-caption");
        caption.getElement().setAttribute("aria-live", "polite");
        slider.setId("merge-slider");
        slider.setType("range");
        slider.getElement().setAttribute("aria-label", TokensText.plain("merge-slider"));
        slider.getElement().setAttribute("min", "0");
        FromClient.onChange(slider, v -> change.accept(s -> s.withMergeStep(parseStep(v))));
        previous.setId("merge-previous");
        next.setId("merge-next");
        previous.addClickListener(e -> change.accept(s -> s.withMergeStep(Math.max(0, step - 1))));
        next.addClickListener(e -> change.accept(s -> s.withMergeStep(step + 1)));
        previous.addClickShortcut(Key.ARROW_LEFT).listenOn(previous, next);
        next.addClickShortcut(Key.ARROW_RIGHT).listenOn(previous, next);
        stepper.addClassName("gb-stepper");
        symbols.setId("merge-state");
        H3 bytes = new H3(TokensText.plain("bytes-title"));
        bytes.setId("bytes-as-characters");
        add(new H2(TokensText.plain("bpe-title")), bytes, new Prose("tokens", "stand-ins"), standIns,
                new H3(TokensText.plain("merges-title")), new Prose("tokens", "merges"), question, stepper, caption, symbols);
    }

    void clear() {
        standIns.removeAll();
        symbols.removeAll();
        caption.setText("");
        question.clear();
    }

    void show(TokensLesson lesson, TokensState state) {
        showStandIns(lesson.standIns, lesson.standInTable);
        question.ask(TokensQuestions.firstMerge(lesson), state.answers(), answered);
        BytePairTokenizer.Replay replay = lesson.replay;
        int total = replay.merges().size();
        step = lesson.mergeStep;
        slider.getElement().setAttribute("max", String.valueOf(total));
        slider.setValue(String.valueOf(step));
        slider.getElement().setAttribute("aria-valuetext", TokensText.plain("merge-valuetext", "step", step, "total", total));
        previous.setEnabled(step > 0);
        next.setEnabled(step < total);
        if (step == 0) {
            caption.setText(TokensText.plain("merge-caption-start", "total", total,
                    "symbols", replay.symbols().stream().mapToInt(List::size).sum()));
        } else {
            BytePairTokenizer.Merge merge = replay.merges().get(step - 1);
            caption.setText(TokensText.plain("merge-caption", "step", step, "total", total, "left", merge.left(),
                    "right", merge.right(), "merged", merge.merged(), "rank", merge.rank(),
                    "piece", replay.pieces().get(merge.piece())));
        }
        List<String> parts = replay.partsAfter(step).stream().flatMap(List::stream).toList();
        int marked = lesson.mergedChip();
        symbols.add(Figure.of(new Value.TokenList(parts, Collections.nCopies(parts.size(), null)),
                        TokensText.plain("merge-figure", "step", step, "total", total, "n", parts.size()))
                .marks(marked < 0 ? List.of() : List.of(marked)));
    }

    /** The sentence's own stand-ins: a sentence computed from them, and the table when a letter needs several bytes. */
    private void showStandIns(List<BytePairTokenizer.StandIn> list, Value.Table table) {
        long multi = list.stream().filter(s -> s.bytes().size() > 1).count();
        String sentence;
        if (list.isEmpty()) {
            sentence = TokensText.plain("stand-ins-none");
        } else if (multi == 0) {
            sentence = TokensText.plain("stand-ins-single-bytes", "list", String.join(", ", list.stream()
                    .map(s -> TokensText.plain("stand-ins-item", "character", s.character(), "standIns", s.standIns()))
                    .toList()));
        } else {
            sentence = TokensText.plain(list.size() == 1 ? "stand-ins-multi-one"
                    : multi == 1 ? "stand-ins-multi-many-one" : "stand-ins-multi-many-many",
                    "n", list.size(), "multi", multi);
        }
        Paragraph summary = new Paragraph(sentence);
        summary.setId("stand-ins-summary");
        standIns.add(summary);
        if (multi > 0) {
            standIns.add(Figure.of(table, TokensText.plain("stand-ins-figure", "n", list.size())));
        }
    }

    private static int parseStep(String value) {
        try {
            return Math.max(0, Math.min(TokensState.MAX_MERGE_STEP, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
