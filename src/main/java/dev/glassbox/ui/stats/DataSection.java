package dev.glassbox.ui.stats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.QuantileShapes;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.stats.StatsText;
import dev.glassbox.model.stats.ZScoreTable;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Summaries;
import java.util.function.Consumer;

/** The learner's numbers against the normal curve: histogram, Q-Q plot, and a folded guide to reading Q-Q plots. */
class DataSection extends Div {

    private final TextArea data = new TextArea(Say.normal("numbers-label"));
    private final Notice notice = new Notice("data-notice");
    private final Div result = new Div();
    private final Fold guide = new Fold(NormalState.QQ_GUIDE, Say.normal("guide-fold"));
    private final Consumer<String> go;

    DataSection(Consumer<String> go) {
        this.go = go;
        setId("data-section");
        data.setId("data");
        data.setWidthFull();
        data.setMaxWidth("40rem");
        data.setHelperText(Say.normal("data-help", "max", NumberList.MAX_VALUES));
        result.setId("data-result");
        add(new Prose("normal", "data"), data, notice, result, guide);
        FromClient.onChange(data, this::attempt);
    }

    Fold guide() {
        return guide;
    }

    private void attempt(String text) {
        try {
            Language language = PageLanguage.current();
            ZScoreTable.of(NumberList.parse(text, language), SdKind.POPULATION, language);
            go.accept(text);
        } catch (InvalidInputException e) {
            result.removeAll();
            notice.show(e.getMessage());
        }
    }

    void show(NormalState s) {
        data.setValue(s.data());
        result.removeAll();
        notice.clear();
        try {
            Language language = PageLanguage.current();
            ZScoreTable t = ZScoreTable.of(NumberList.parse(s.data(), language), SdKind.POPULATION, language);
            long inside = t.rows().stream().filter(r -> Math.abs(r.z()) <= 1).count();
            Paragraph summary = new Paragraph(Say.normal("data-summary", "n", t.n(), "mean", Summaries.number(t.mean()),
                    "sd", Summaries.number(t.populationSd()), "inside", inside,
                    "percent", ZScoreTable.percent((double) inside / t.n(), language)));
            summary.setId("data-summary");
            Component histogram = Charts.histogram(t);
            histogram.setId("data-histogram");
            Component qq = Charts.qq(t, Say.normal("your-numbers"));
            qq.setId("qq-plot");
            result.add(summary, histogram, new H3(Say.normal("qq-heading")), qq);
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
        guide.show(s.folds().isOpen(NormalState.QQ_GUIDE), DataSection::examples);
    }

    private static Div examples() {
        Div div = new Div(new Prose("normal", "qq"), new Prose("normal", "qq-examples"));
        int i = 0;
        for (QuantileShapes.Example e : QuantileShapes.examples()) {
            String shape = Say.normal(switch (e.shape()) {
                case BOW -> "shape-bow";
                case HEAVY_S -> "shape-heavy";
                case LIGHT_S -> "shape-light";
            });
            String name = e.name(PageLanguage.current());
            Component qq = Charts.qq(e.table(), Say.normal("example-what", "n", QuantileShapes.N, "name", name));
            qq.setId("qq-example-" + i++);
            div.add(new H4(shape), new Paragraph(Say.normal("example-about", "n", QuantileShapes.N,
                    "seed", QuantileShapes.SEED, "name", name, "skewness", Summaries.number(e.skewness()),
                    "kurtosis", Summaries.number(e.kurtosis()))), qq);
        }
        return div;
    }
}
