package dev.glassbox.ui.stats;

import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.stats.ZScoreTable;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Summaries;
import java.util.Comparator;

/**
 * The z-scores lesson's predict-then-check questions, computed from the z-score table of the learner's numbers:
 * whether the highest value lies more than one standard deviation above the mean, and what share of a normal
 * population lies below the lowest value (Φ(z), in percent).
 */
final class ZScoresQuestions {

    static final String ABOVE_ONE = "above-one";
    static final String PERCENTILE = "percentile";
    /** How far a predicted percentage may lie from Φ(z) and still count, in percentage points. */
    static final double POINTS = 5;

    private ZScoresQuestions() {
    }

    /** The row of the highest value (the first of equal ones). */
    static ZScoreTable.Row highest(ZScoreTable t) {
        return t.rows().stream().max(Comparator.comparingDouble(ZScoreTable.Row::value)).orElseThrow();
    }

    /** The row of the lowest value (the first of equal ones). */
    static ZScoreTable.Row lowest(ZScoreTable t) {
        return t.rows().stream().min(Comparator.comparingDouble(ZScoreTable.Row::value)).orElseThrow();
    }

    /** @param group "A" when the table is one of two groups, else {@code null} */
    static Prediction aboveOne(ZScoreTable t, String group) {
        ZScoreTable.Row r = highest(t);
        boolean above = r.z() > 1;
        String why = Say.zscores(above ? "above-one-yes" : "above-one-no", "m", mean(t), "s", sd(t),
                "x", Summaries.number(r.value()), "mean", Summaries.number(t.mean()), "sd", Summaries.number(t.sd()),
                "z", Summaries.number(r.z()), "deviation", Summaries.number(r.deviation()));
        String prompt = Say.zscores(group == null ? "above-one-prompt" : "above-one-prompt-group", "group", group == null ? "" : group,
                "x", Summaries.number(r.value()));
        return Prediction.yesNo(ABOVE_ONE, prompt, above, why);
    }

    /** Φ(z) of the lowest value, in percent. */
    static Prediction percentile(ZScoreTable t, String group) {
        ZScoreTable.Row r = lowest(t);
        double percent = 100 * r.percentile();
        String why = Say.zscores("percentile-why", "x", Summaries.number(r.value()), "mean", Summaries.number(t.mean()),
                "sd", Summaries.number(t.sd()), "z", Summaries.number(r.z()), "phi", Summaries.number(r.percentile()),
                "percent", ZScoreTable.percent(r.percentile(), PageLanguage.current()), "rank", Summaries.number(r.rank()));
        String prompt = Say.zscores(group == null ? "percentile-prompt" : "percentile-prompt-group",
                "group", group == null ? "" : group, "x", Summaries.number(r.value()));
        return Prediction.number(PERCENTILE, prompt, percent, POINTS,
                Say.zscores("percent", "p", Summaries.number(percent, 2)), why);
    }

    private static String mean(ZScoreTable t) {
        return t.kind() == SdKind.POPULATION ? "μ" : "x̄";
    }

    private static String sd(ZScoreTable t) {
        return t.kind() == SdKind.POPULATION ? "σ" : "s";
    }
}
