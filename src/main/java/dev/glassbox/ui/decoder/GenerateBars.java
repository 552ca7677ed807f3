package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.FigureJson;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The shown step's distribution: the sentences that say what temperature, top-k and top-p did to it and how the
 * character was drawn, and every character as a bar ({@code <gb-distribution>}, one element fed one JSON value).
 */
final class GenerateBars extends Div {

    private final H2 title = new H2();
    private final Paragraph temperature = new Paragraph();
    private final Paragraph kept = new Paragraph();
    private final Paragraph draw = new Paragraph();
    private final Bars bars = new Bars();
    private final Div temperatureSlot = new Div();
    private final Div keptSlot = new Div();
    private final Map<String, Question> asked = new HashMap<>();
    private final Map<String, Optional<String>> recorded = new HashMap<>();

    GenerateBars() {
        setId("distribution-section");
        title.setId("distribution-title");
        temperature.setId("temperature-sentence");
        kept.setId("kept-sentence");
        draw.setId("draw-sentence");
        bars.setId("distribution");
        add(title, new Prose("generate", "distribution"), temperatureSlot, temperature, keptSlot, kept, draw, bars);
    }

    /**
     * Asks the questions about the first character's distribution, each before the sentences and bars that answer
     * it. A question stays as it is while it is the same question with the same answer in the link, so that a poll
     * while the text is written never takes away a choice being made.
     */
    void ask(Prediction hotter, Prediction left, Answers answers, BiConsumer<Prediction, String> answered) {
        ask(temperatureSlot, hotter, answers, answered, temperature);
        ask(keptSlot, left, answers, answered, kept, draw, bars);
    }

    private void ask(Div slot, Prediction question, Answers answers, BiConsumer<Prediction, String> answered,
                     Component... figures) {
        Question current = asked.get(question.id());
        Optional<String> inLink = answers.of(question);
        if (current != null && current.prediction().equals(question) && recorded.get(question.id()).equals(inLink)) {
            return;
        }
        recorded.put(question.id(), inLink);
        Question q = new Question(question, answers, (p, value) -> {
            recorded.put(p.id(), Optional.of(value));
            answered.accept(p, value);
        }, figures);
        asked.put(question.id(), q);
        slot.removeAll();
        slot.add(q);
    }

    /**
     * @param step the written character (1-based) whose distribution this is, or 0 for the first one to come
     * @param u    the number that drew it (ignored for step 0)
     */
    void show(GenerateDistribution d, float[] logits, int step, double u, long seed) {
        title.setText(step == 0 ? Texts.generate("distribution-first") : Texts.generate("distribution-step", "k", step,
                "c", GenerateSentences.quoted(d.row(d.chosen()).symbol())));
        temperature.setText(GenerateSentences.temperature(d, logits));
        kept.setText(GenerateSentences.kept(d));
        draw.setText(step == 0 ? Texts.generate("draw-nothing")
                : GenerateSentences.draw(d, u, step, seed));
        bars.show(d);
    }

    /** The words the bars write, in the page's language; {@code {rule}} stands for the rule that cut a character. */
    static Map<String, String> text() {
        Map<String, String> text = new LinkedHashMap<>();
        for (String key : List.of("key-model", "key-drawn", "key-model-short", "distribution", "drawn", "column-character",
                "column-logit", "column-kept", "column-drawn-with", "kept", "kept-drawn", "table")) {
            text.put(key, Texts.generate("bars-" + key));
        }
        text.put("cut-by", Texts.generate("bars-cut-by", "rule", "{rule}"));
        return text;
    }

    /** {@code <gb-distribution>} from {@code frontend/generate.js}. */
    @Tag("gb-distribution")
    @JavaScript("context://frontend/base.js")
    @JavaScript("context://frontend/generate.js")
    static final class Bars extends Component {

        void show(GenerateDistribution d) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (GenerateDistribution.Row r : d.rows()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("c", r.symbol());
                row.put("id", r.id());
                row.put("z", r.logit());
                row.put("p", r.model());
                row.put("t", r.tempered());
                row.put("q", r.drawn());
                row.put("cut", r.cut().rule());
                row.put("chosen", r.id() == d.chosen());
                rows.add(row);
            }
            int all = d.rows().size();
            String summary = d.chosen() < 0
                    ? Texts.generate("distribution-summary", "n", all, "kept", d.kept(), "cut", all - d.kept())
                    : Texts.generate("distribution-summary-drawn", "n", all, "kept", d.kept(), "cut", all - d.kept(),
                            "c", GenerateSentences.quoted(d.row(d.chosen()).symbol()),
                            "p", GenerateSentences.number(d.row(d.chosen()).drawn()));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("summary", summary);
            data.put("rows", rows);
            data.put("text", text());
            getElement().setProperty("data", FigureJson.of(data));
        }
    }
}
