package dev.glassbox.ui.position;

import dev.glassbox.model.position.PositionalEncoding;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The positions lesson's predict-then-check questions, computed from the sinusoidal encoding the lesson draws. */
final class PositionsQuestions {

    /** Which pair of dimensions changes fastest from one position to the next (before the encoding's map). */
    static final String FASTEST = "pe-fastest";
    /** Whether the similarity of two positions only falls with their distance (before the cosine map). */
    static final String FADING = "pe-fading";

    private PositionsQuestions() {
    }

    /** How much dimensions 2i and 2i+1 change, on average, from one position to the next: mean |Δ| over both. */
    static double meanChange(double[][] pe, int pair) {
        double sum = 0;
        int count = 0;
        for (int p = 0; p + 1 < pe.length; p++) {
            for (int dim = 2 * pair; dim <= 2 * pair + 1; dim++) {
                sum += Math.abs(pe[p + 1][dim] - pe[p][dim]);
                count++;
            }
        }
        return sum / count;
    }

    /** Offers the first, a quarter-way, the middle and the last pair of dimensions. */
    static Prediction fastest(int n, int d) {
        double[][] pe = PositionalEncoding.sinusoidal(n, d); // (n, d)
        int pairs = d / 2;
        Set<Integer> offered = new LinkedHashSet<>(List.of(0, pairs / 4, pairs / 2, pairs - 1));
        List<Prediction.Choice> choices = new ArrayList<>();
        int best = -1;
        for (int pair : offered) {
            choices.add(new Prediction.Choice("d" + 2 * pair, Words.t("fastest-choice", "even", 2 * pair, "odd",
                    2 * pair + 1)));
            if (best < 0 || meanChange(pe, pair) > meanChange(pe, best)) {
                best = pair;
            }
        }
        int slowest = pairs - 1;
        String why = Words.t("fastest-why", "even", 2 * best, "odd", 2 * best + 1, "angle",
                Summaries.number(frequency(best, d)), "d", d, "change", Summaries.number(meanChange(pe, best)),
                "slowEven", 2 * slowest, "slowOdd", 2 * slowest + 1, "slowChange",
                Summaries.number(meanChange(pe, slowest)));
        return Prediction.choice(FASTEST, Words.t("fastest-prompt", "n", n, "d", d), choices, "d" + 2 * best, why);
    }

    /** The angle by which pair {@code i} turns from one position to the next: 1 / 10000^(2i/d). */
    static double frequency(int pair, int d) {
        return 1 / Math.pow(10_000, 2.0 * pair / d);
    }

    /** Whether the mean cosine of positions k apart only falls as k grows (within the lesson's small allowance). */
    static Prediction fading(int n, int d) {
        PositionalEncoding.LagProfile profile = PositionalEncoding.lagProfile(
                PositionalEncoding.cosines(PositionalEncoding.sinusoidal(n, d)));
        return Prediction.yesNo(FADING, Words.t("fading-prompt", "n", n, "d", d),
                profile.firstRise() < 0, FormulaSection.fading(profile, n, d));
    }
}
