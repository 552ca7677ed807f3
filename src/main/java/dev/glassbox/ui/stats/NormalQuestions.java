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

    /** The curve and the interval as the sentences name them: μ, σ, a, b, their z-scores, F(a), F(b) and the area. */
    private static Object[] values(NormalCurve curve, double a, double b) {
        return new Object[] {"mu", Summaries.number(curve.mu()), "sigma", Summaries.number(curve.sigma()),
            "a", Summaries.number(a), "b", Summaries.number(b), "za", Summaries.number(curve.z(a)),
            "zb", Summaries.number(curve.z(b)), "fa", Summaries.number(curve.cdf(a)), "fb", Summaries.number(curve.cdf(b)),
            "p", Summaries.number(curve.probability(a, b))};
    }

    static Prediction half(NormalCurve curve, double a, double b) {
        double p = curve.probability(a, b);
        boolean more = p > 0.5;
        return Prediction.yesNo(HALF, Say.normal("half-prompt", values(curve, a, b)), more,
                Say.normal(more ? "half-yes" : "half-no", values(curve, a, b)));
    }

    static Prediction area(NormalCurve curve, double a, double b) {
        double p = curve.probability(a, b);
        return Prediction.number(AREA, Say.normal("area-prompt", values(curve, a, b)), p, TOLERANCE, Summaries.number(p),
                Say.normal("area-why", values(curve, a, b)));
    }
}
