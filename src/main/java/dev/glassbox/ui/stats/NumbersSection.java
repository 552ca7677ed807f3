package dev.glassbox.ui.stats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Question;
import dev.glassbox.ui.base.TraceView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The learner's numbers: the controls, their z-score table and dot plot, and the folded step-by-step computation. */
class NumbersSection extends Div {

    private final TextArea numbers = new TextArea(Say.zscores("numbers-label"));
    private final RadioButtonGroup<Integer> groups = new RadioButtonGroup<>(Say.zscores("groups-label"));
    private final RadioButtonGroup<String> sd = new RadioButtonGroup<>(Say.zscores("sd-label"));
    private final TextField scoreA = new TextField(Say.zscores("score-a-label"));
    private final TextField scoreB = new TextField(Say.zscores("score-b-label"));
    private final Button compute = new Button(Say.zscores("compute"));
    private final Notice notice = new Notice("zscores-notice");
    private final Div result = new Div();
    private final Div beyond = new Div();
    private final Fold steps = new Fold(ZScoresState.STEPS, Say.zscores("steps-fold"));
    private final Consumer<ZScoresState> go;
    private final BiConsumer<Prediction, String> answered;
    private ZScoresState state;

    /** @param answered told of an answer to one of the section's questions */
    NumbersSection(Consumer<ZScoresState> go, BiConsumer<Prediction, String> answered) {
        this.go = go;
        this.answered = answered;
        setId("numbers-section");
        numbers.setId("numbers");
        numbers.setWidthFull();
        numbers.setMaxWidth("40rem");
        numbers.setHelperText(Say.zscores("numbers-help", "max", NumberList.MAX_VALUES));
        groups.setId("groups");
        groups.setItems(1, 2);
        groups.setItemLabelGenerator(g -> Say.zscores(g == 2 ? "groups-two" : "groups-one"));
        sd.setId("sd-kind");
        sd.setItems(SdKind.keys());
        sd.setItemLabelGenerator(k -> Say.zscores(k.equals("population") ? "sd-population" : "sd-sample"));
        scoreA.setId("score-a");
        scoreB.setId("score-b");
        scoreA.setPlaceholder(Say.zscores("score-a-placeholder"));
        scoreB.setPlaceholder(Say.zscores("score-b-placeholder"));
        scoreA.setHelperText(Say.zscores("score-help"));
        compute.setId("compute");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("zscores-result");
        Div controls = new Div(groups, sd);
        controls.addClassName("gb-controls");
        Div scores = new Div(scoreA, scoreB, compute);
        scores.addClassName("gb-controls");
        add(numbers, controls, scores, notice, result, steps, beyond);

        FromClient.onChange(numbers, v -> attempt(state.withValues(v)));
        FromClient.onChange(groups, v -> attempt(state.withGroups(Integer.valueOf(2).equals(v) ? 2 : 1)));
        FromClient.onChange(sd, v -> attempt(state.withSd(SdKind.byKey(v))));
        FromClient.onChange(scoreA, v -> attempt(state.withScores(v, scoreB.getValue())));
        FromClient.onChange(scoreB, v -> attempt(state.withScores(scoreA.getValue(), v)));
        compute.addClickListener(e -> attempt(state.withValues(numbers.getValue())
                .withScores(scoreA.getValue(), scoreB.getValue())));
    }

    Fold steps() {
        return steps;
    }

    /** Goes to {@code next} only if its numbers can be read; otherwise says why and takes the old figures away. */
    private void attempt(ZScoresState next) {
        try {
            ZScoreResult.compute(next);
            go.accept(next);
        } catch (InvalidInputException e) {
            result.removeAll();
            beyond.removeAll();
            steps.setVisible(false);
            notice.show(e.getMessage());
        }
    }

    /** Shows {@code s}; {@code problems} are what its link got wrong. */
    void show(ZScoresState s, List<String> problems) {
        state = s;
        numbers.setValue(s.values());
        groups.setValue(s.groups() == 2 ? 2 : 1);
        sd.setValue(s.sd().key());
        scoreA.setValue(s.scoreA());
        scoreB.setValue(s.scoreB());
        scoreA.setVisible(s.groups() == 2);
        scoreB.setVisible(s.groups() == 2);
        compute.setVisible(true);
        numbers.setMinRows(s.groups() == 2 ? 6 : 2);
        result.removeAll();
        beyond.removeAll();
        List<String> sentences = new ArrayList<>(problems);
        try {
            ZScoreResult.Computed c = ZScoreResult.compute(s);
            beyond.add(ZScoreResult.beyond(c));
            steps.setVisible(true);
            steps.show(s.folds().isOpen(ZScoresState.STEPS), () -> new TraceView(c.a().trace(PageLanguage.current())));
            // the second question comes once the first is answered; the numbers once both are
            String group = c.comparison() == null ? null : "A";
            Div tables = new Div(ZScoreResult.tables(c));
            tables.setId("zscores-tables");
            Div next = new Div(new Question(ZScoresQuestions.percentile(c.a(), group), s.answers(), answered, tables,
                    steps, beyond), tables);
            result.add(new Question(ZScoresQuestions.aboveOne(c.a(), group), s.answers(), answered, next), next);
        } catch (InvalidInputException e) {
            steps.setVisible(false);
            sentences.add(e.getMessage());
        }
        notice.show(sentences);
    }
}
