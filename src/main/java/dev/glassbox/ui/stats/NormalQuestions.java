package dev.glassbox.ui.stats;

import dev.glassbox.model.stats.NormalCurve;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Summaries;

/**
 * The normal-distribution lesson's predict-then-check questions, computed from the learner's curve N(μ, σ²) and
 * interval [a, b]: whether P(a ≤ X ≤ b) is more than one half, and what it is.
 */
final class NormalQuestions {

    static final String HALF = "half";
    static final String AREA = "area";
    /** How far a predicted area may lie from the curve's and still count. */
    static final double TOLERANCE = 0.05;

    private NormalQuestions() {
    }

    /** The interval and the curve as a prompt names them. */
    private static String interval(NormalCurve curve, double a, double b) {
        return "For μ = " + Summaries.number(curve.mu()) + " and σ = " + Summaries.number(curve.sigma()) + ", P("
                + Summaries.number(a) + " ≤ X ≤ " + Summaries.number(b) + ")";
    }

    /** F(b) − F(a) written out, with the interval in z-scores. */
    private static String worked(NormalCurve curve, double a, double b) {
        return "from z = " + Summaries.number(curve.z(a)) + " to z = " + Summaries.number(curve.z(b)) + ", the area is F(b) − F(a) = "
                + Summaries.number(curve.cdf(b)) + " − " + Summaries.number(curve.cdf(a)) + " = "
                + Summaries.number(curve.probability(a, b));
    }

    static Prediction half(NormalCurve curve, double a, double b) {
        double p = curve.probability(a, b);
        boolean more = p > 0.5;
        String why = "From a to b is " + worked(curve, a, b) + (more ? ", more than one half." : ", not more than one half.");
        return Prediction.yesNo(HALF, interval(curve, a, b) + " is the area under the curve from a to b. Is it more "
                + "than one half?", more, why);
    }

    static Prediction area(NormalCurve curve, double a, double b) {
        double p = curve.probability(a, b);
        String why = "From a to b is " + worked(curve, a, b) + ": the share of the population between a and b.";
        return Prediction.number(AREA, interval(curve, a, b) + ": what is this area, a number from 0 to 1?", p,
                TOLERANCE, Summaries.number(p), why);
    }
}
