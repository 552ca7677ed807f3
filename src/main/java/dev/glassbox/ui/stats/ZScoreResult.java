package dev.glassbox.ui.stats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.stats.GroupComparison;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.stats.ZScoreTable;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Summaries;
import dev.glassbox.ui.base.ViewCompute;
import java.util.ArrayList;
import java.util.List;

/** The figures and sentences of one z-score result, built from the model's values. */
final class ZScoreResult {

    private ZScoreResult() {
    }

    /** What the lesson shows for a state: one table, or group A's table and the comparison with group B. */
    record Computed(ZScoreTable a, GroupComparison comparison) {
    }

    static Computed compute(ZScoresState s) {
        return ViewCompute.run(() -> {
            if (s.groups() == 1) {
                return new Computed(ZScoreTable.of(NumberList.parse(s.values()), s.sd()), null);
            }
            GroupComparison c = GroupComparison.parse(s.values(), s.sd(), s.scoreA(), s.scoreB());
            return new Computed(c.a(), c);
        });
    }

    /** The summary and the table (two of each for two groups, then the comparison). */
    static Component[] tables(Computed c) {
        ZScoreTable a = c.a();
        if (c.comparison() == null) {
            return new Component[] {summary(a, "zscores-summary", null), table(a, "zscore-table")};
        }
        ZScoreTable b = c.comparison().b();
        return new Component[] {new H3("Group A"), summary(a, "zscores-summary", "A"), table(a, "zscore-table"),
            new H3("Group B"), summary(b, "zscores-summary-b", "B"), table(b, "zscore-table-b"), comparison(c.comparison())};
    }

    /** What the table's columns mean, the dot plot on the z axis, and population against sample. */
    static Component[] beyond(Computed c) {
        H2 axis = new H2("On the z axis");
        axis.setId("z-axis");
        Component dots = Charts.dots(c.a(), c.comparison() == null ? null : c.comparison().b());
        dots.setId("dot-plot");
        return new Component[] {new Prose("zscores", "normal-model"), axis, dots, new H2("Population or sample?"),
            new Prose("zscores", "sd-note"), sdNote(c.a())};
    }

    private static Paragraph summary(ZScoreTable t, String id, String group) {
        boolean population = t.kind() == SdKind.POPULATION;
        ZScoreTable.Row top = t.rows().getFirst();
        for (ZScoreTable.Row r : t.rows()) {
            top = r.value() > top.value() ? r : top;
        }
        Paragraph p = new Paragraph((group == null ? "" : "Group " + group + ": ") + "n = " + t.n() + " values, mean "
                + (population ? "μ = " : "x̄ = ") + Summaries.number(t.mean()) + ", population σ = "
                + Summaries.number(t.populationSd())
                + ", sample s = " + Summaries.number(t.sampleSd()) + ". The z-scores below divide by the "
                + (population ? "population σ." : "sample s.") + " They have mean 0, "
                + (population ? "population standard deviation 1 and sample standard deviation "
                + Summaries.number(t.zSampleSd())
                        : "sample standard deviation 1 and population standard deviation "
                                + Summaries.number(t.zPopulationSd()))
                + ": only the kind they were made with gives exactly 1. The highest value, " + Summaries.number(top.value())
                + ", has Φ(z) = " + Summaries.number(top.percentile()) + " under a normal model and rank "
                + Summaries.number(top.rank())
                + " in your data.");
        p.setId(id);
        p.addClassName("gb-result");
        return p;
    }

    private static Paragraph sdNote(ZScoreTable t) {
        Paragraph p = new Paragraph("Here s / σ = √(n / (n − 1)) = " + Summaries.number(t.sampleSd() / t.populationSd())
                + "; the difference shrinks as n grows.");
        p.setId("sd-note");
        return p;
    }

    private static Figure table(ZScoreTable t, String id) {
        String m = t.kind() == SdKind.POPULATION ? "μ" : "x̄";
        List<List<Object>> rows = new ArrayList<>();
        for (ZScoreTable.Row r : t.rows()) {
            // No-break spaces: the reading stays on one line and the table scrolls in its own box on a phone.
            rows.add(List.<Object>of(r.value(), r.deviation(), r.z(), r.percentile(), r.rank(),
                    ZScoreTable.where(r.z()).replace(' ', '\u00A0')));
        }
        Value.Table value = new Value.Table(List.of("value x", "deviation x − " + m, "z",
                "Φ(z), normal model", "rank in your data", "reading"), rows);
        Figure f = Figure.of(value, "The " + t.n() + " values with their deviation from the mean, z-score, the proportion "
                + "below z under a normal model, their percentile rank in your data, and what each z means.");
        f.setId(id);
        return f;
    }

    private static Paragraph comparison(GroupComparison c) {
        String verdict = switch (c.moreRemarkable()) {
            case A -> "The score in group A is the more remarkable: it lies further from its own group's mean, counted "
                    + "in its own group's standard deviations.";
            case B -> "The score in group B is the more remarkable: it lies further from its own group's mean, counted "
                    + "in its own group's standard deviations.";
            case TIE -> "The two scores are equally remarkable: they lie equally many standard deviations from their "
                    + "groups' means.";
        };
        Paragraph p = new Paragraph("Which is more remarkable? In group A, " + Summaries.number(c.scoreA())
                + " has z = " + Summaries.number(c.zA())
                + " (" + ZScoreTable.reading(c.zA()) + "). In group B, " + Summaries.number(c.scoreB()) + " has z = "
                + Summaries.number(c.zB())
                + " (" + ZScoreTable.reading(c.zB()) + "). " + verdict
                + " The raw scores cannot answer this: the groups use different scales.");
        p.setId("comparison");
        p.addClassName("gb-result");
        return p;
    }
}
