package dev.glassbox.ui.stats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.stats.GroupComparison;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.stats.ZScoreTable;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.PageLanguage;
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
        Language language = language(); // read here: the computation may run on another thread
        return ViewCompute.run(() -> {
            if (s.groups() == 1) {
                return new Computed(ZScoreTable.of(NumberList.parse(s.values(), language), s.sd(), language), null);
            }
            GroupComparison c = GroupComparison.parse(s.values(), s.sd(), s.scoreA(), s.scoreB(), language);
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
        return new Component[] {new H3(Say.zscores("group-a")), summary(a, "zscores-summary", "A"),
            table(a, "zscore-table"), new H3(Say.zscores("group-b")), summary(b, "zscores-summary-b", "B"), table(b, "zscore-table-b"), comparison(c.comparison())};
    }

    /** What the table's columns mean, the dot plot on the z axis, and population against sample. */
    static Component[] beyond(Computed c) {
        H2 axis = new H2(Say.zscores("contents-z-axis"));
        axis.setId("z-axis");
        Component dots = Charts.dots(c.a(), c.comparison() == null ? null : c.comparison().b());
        dots.setId("dot-plot");
        return new Component[] {new Prose("zscores", "normal-model"), axis, dots, new H2(Say.zscores("population-or-sample")),
            new Prose("zscores", "sd-note"), sdNote(c.a())};
    }

    private static Language language() {
        return PageLanguage.current();
    }

    private static Paragraph summary(ZScoreTable t, String id, String group) {
        boolean population = t.kind() == SdKind.POPULATION;
        ZScoreTable.Row top = t.rows().getFirst();
        for (ZScoreTable.Row r : t.rows()) {
            top = r.value() > top.value() ? r : top;
        }
        Paragraph p = new Paragraph(Say.zscores(population ? "summary-population" : "summary-sample",
                "prefix", group == null ? "" : Say.zscores("group-prefix", "group", group), "n", t.n(),
                "mean", Summaries.number(t.mean()), "sigma", Summaries.number(t.populationSd()),
                "s", Summaries.number(t.sampleSd()),
                "other", Summaries.number(population ? t.zSampleSd() : t.zPopulationSd()),
                "top", Summaries.number(top.value()), "phi", Summaries.number(top.percentile()),
                "rank", Summaries.number(top.rank())).strip());
        p.setId(id);
        p.addClassName("gb-result");
        return p;
    }

    private static Paragraph sdNote(ZScoreTable t) {
        Paragraph p = new Paragraph(Say.zscores("sd-ratio", "ratio", Summaries.number(t.sampleSd() / t.populationSd())));
        p.setId("sd-note");
        return p;
    }

    private static Figure table(ZScoreTable t, String id) {
        String m = t.kind() == SdKind.POPULATION ? "μ" : "x̄";
        List<List<Object>> rows = new ArrayList<>();
        for (ZScoreTable.Row r : t.rows()) {
            // No-break spaces: the reading stays on one line and the table scrolls in its own box on a phone.
            rows.add(List.<Object>of(r.value(), r.deviation(), r.z(), r.percentile(), r.rank(),
                    ZScoreTable.where(r.z(), language()).replace(' ', '\u00A0')));
        }
        Value.Table value = new Value.Table(List.of(Say.zscores("col-value"), Say.zscores("col-deviation", "m", m), "z",
                Say.zscores("col-phi"), Say.zscores("col-rank"), Say.zscores("col-reading")), rows);
        Figure f = Figure.of(value, Say.zscores("table-summary", "n", t.n()));
        f.setId(id);
        return f;
    }

    private static Paragraph comparison(GroupComparison c) {
        String verdict = Say.zscores(switch (c.moreRemarkable()) {
            case A -> "verdict-a";
            case B -> "verdict-b";
            case TIE -> "verdict-tie";
        });
        Paragraph p = new Paragraph(Say.zscores("comparison", "a", Summaries.number(c.scoreA()),
                "za", Summaries.number(c.zA()), "readingA", ZScoreTable.reading(c.zA(), language()),
                "b", Summaries.number(c.scoreB()), "zb", Summaries.number(c.zB()),
                "readingB", ZScoreTable.reading(c.zB(), language()), "verdict", verdict));
        p.setId("comparison");
        p.addClassName("gb-result");
        return p;
    }
}
