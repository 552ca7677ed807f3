package dev.glassbox.ui.stats;

import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.stats.ZScoreTable;
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
        String why = "z = (x − " + mean(t) + ") / " + sd(t) + " = (" + Summaries.number(r.value()) + " − "
                + Summaries.number(t.mean()) + ") / " + Summaries.number(t.sd()) + " = " + Summaries.number(r.z())
                + (above ? ", more than 1: " : ", not more than 1: ") + Summaries.number(r.value()) + " lies "
                + Summaries.number(r.deviation()) + " above the mean, which is "
                + (above ? "more" : "no more") + " than one standard deviation, " + Summaries.number(t.sd()) + ".";
        return Prediction.yesNo(ABOVE_ONE, "Is your highest value" + in(group) + ", " + Summaries.number(r.value())
                + ", more than one standard deviation above the mean (z > 1)?", above, why);
    }

    /** Φ(z) of the lowest value, in percent. */
    static Prediction percentile(ZScoreTable t, String group) {
        ZScoreTable.Row r = lowest(t);
        double percent = 100 * r.percentile();
        String why = "z = (" + Summaries.number(r.value()) + " − " + Summaries.number(t.mean()) + ") / "
                + Summaries.number(t.sd()) + " = " + Summaries.number(r.z()) + " and Φ(" + Summaries.number(r.z())
                + ") = " + Summaries.number(r.percentile()) + ": " + ZScoreTable.percent(r.percentile())
                + " of a normal population lies below it (in your own data its percentile rank is "
                + Summaries.number(r.rank()) + ").";
        return Prediction.number(PERCENTILE, "Under a normal model, what percentage of the population lies below your "
                        + "lowest value" + in(group) + ", " + Summaries.number(r.value()) + "? Answer in percent (Φ(z) × 100).",
                percent, POINTS, Summaries.number(percent, 2) + "%", why);
    }

    private static String in(String group) {
        return group == null ? "" : " in group " + group;
    }

    private static String mean(ZScoreTable t) {
        return t.kind() == SdKind.POPULATION ? "μ" : "x̄";
    }

    private static String sd(ZScoreTable t) {
        return t.kind() == SdKind.POPULATION ? "σ" : "s";
    }
}
