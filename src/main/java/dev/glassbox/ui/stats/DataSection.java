package dev.glassbox.ui.stats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.QuantileShapes;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.stats.ZScoreTable;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Summaries;
import java.util.function.Consumer;

/** The learner's numbers against the normal curve: histogram, Q-Q plot, and a folded guide to reading Q-Q plots. */
class DataSection extends Div {

    private final TextArea data = new TextArea("Your numbers");
    private final Notice notice = new Notice("data-notice");
    private final Div result = new Div();
    private final Fold guide = new Fold(NormalState.QQ_GUIDE, "How to read a Q-Q plot, with examples");
    private final Consumer<String> go;

    DataSection(Consumer<String> go) {
        this.go = go;
        setId("data-section");
        data.setId("data");
        data.setWidthFull();
        data.setMaxWidth("40rem");
        data.setHelperText("Numbers separated by commas, spaces or new lines; at least two, at most "
                + NumberList.MAX_VALUES + ".");
        result.setId("data-result");
        add(new Prose("normal", "data"), data, notice, result, guide);
        FromClient.onChange(data, this::attempt);
    }

    Fold guide() {
        return guide;
    }

    private void attempt(String text) {
        try {
            ZScoreTable.of(NumberList.parse(text), SdKind.POPULATION);
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
            ZScoreTable t = ZScoreTable.of(NumberList.parse(s.data()), SdKind.POPULATION);
            long inside = t.rows().stream().filter(r -> Math.abs(r.z()) <= 1).count();
            Paragraph summary = new Paragraph("n = " + t.n() + ", mean " + Summaries.number(t.mean())
                    + ", standard deviation (population) " + Summaries.number(t.populationSd()) + ". " + inside + " of the "
                    + t.n() + " values (" + ZScoreTable.percent((double) inside / t.n()) + ") lie within one standard "
                    + "deviation of the mean; a normal distribution would have about 68%.");
            summary.setId("data-summary");
            Component histogram = Charts.histogram(t);
            histogram.setId("data-histogram");
            Component qq = Charts.qq(t, "your numbers");
            qq.setId("qq-plot");
            result.add(summary, histogram, new H3("Q-Q plot"), qq);
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
        guide.show(s.folds().isOpen(NormalState.QQ_GUIDE), DataSection::examples);
    }

    private static Div examples() {
        Div div = new Div(new Prose("normal", "qq"), new Prose("normal", "qq-examples"));
        int i = 0;
        for (QuantileShapes.Example e : QuantileShapes.examples()) {
            String shape = switch (e.shape()) {
                case BOW -> "A bow: skew";
                case HEAVY_S -> "An S: heavy tails";
                case LIGHT_S -> "An S the other way round: light tails";
            };
            Component qq = Charts.qq(e.table(), QuantileShapes.N + " draws from the " + e.name());
            qq.setId("qq-example-" + i++);
            div.add(new H4(shape), new Paragraph(QuantileShapes.N + " draws (seed " + QuantileShapes.SEED + ") from the "
                    + e.name() + ": skewness " + Summaries.number(e.skewness()) + ", excess kurtosis "
                    + Summaries.number(e.kurtosis()) + "."), qq);
        }
        return div;
    }
}
