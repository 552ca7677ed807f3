package dev.glassbox.model.attention;

import java.util.List;
import java.util.Locale;

/**
 * What a head's attention weights look like, in words: the average weight its query tokens give to the previous
 * token, the next token, themselves, [CLS] and [SEP] (the patterns Clark et al. 2019, "What Does BERT Look At?",
 * found in BERT's heads), and how spread out the rows are.
 *
 * @param previous average weight on the token before
 * @param next     average weight on the token after
 * @param self     average weight on the token itself
 * @param cls      average weight on the first token ([CLS])
 * @param sep      average weight on the last token ([SEP])
 * @param spread   average entropy of a row divided by that of a uniform row (1 = evenly spread)
 */
public record HeadPattern(double previous, double next, double self, double cls, double sep, double spread) {

    public static HeadPattern of(float[][] a) {
        int n = a.length;
        double previous = 0, next = 0, self = 0, cls = 0, sep = 0, spread = 0;
        for (int i = 0; i < n; i++) {
            previous += i > 0 ? a[i][i - 1] : 0;
            next += i + 1 < n ? a[i][i + 1] : 0;
            self += a[i][i];
            cls += a[i][0];
            sep += a[i][n - 1];
            double h = 0;
            for (float p : a[i]) {
                h -= p > 0 ? p * Math.log(p) : 0;
            }
            spread += n > 1 ? h / Math.log(n) : 0;
        }
        return new HeadPattern(previous / Math.max(1, n - 1), next / Math.max(1, n - 1), self / n, cls / n, sep / n,
                spread / n);
    }

    /** The averages themselves, in one sentence of percentages. */
    public String averages() {
        return String.format(Locale.ROOT, "On average a row gives %.0f%% to the token before, %.0f%% to the token after, "
                + "%.0f%% to itself, %.0f%% to [CLS] and %.0f%% to [SEP].", 100 * previous, 100 * next, 100 * self,
                100 * cls, 100 * sep);
    }

    /** One or two sentences a learner can read. */
    public String describe(List<String> tokens) {
        double[] v = {previous, next, self, cls + sep};
        String[] what = {"the token just before it", "the token just after it", "itself",
                "the special tokens [CLS] and [SEP]"};
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        String main;
        if (v[best] >= 0.4) {
            main = String.format(Locale.ROOT, "This head mostly looks at %s (on average %.0f%% of each row).", what[best],
                    100 * v[best]);
            if (best == 3) {
                main += " Researchers read such a head as resting: when it finds nothing it is looking for, it parks its"
                        + " attention on a token that changes little.";
            } else if (best < 2) {
                main += " A head like this passes word order along: each word learns about its neighbour.";
            }
        } else if (spread > 0.7) {
            main = "This head spreads its attention broadly over the sentence: it mixes in a summary of everything.";
        } else {
            main = "This head has no simple positional pattern: its rows pick out particular words, so it may track meaning"
                    + " — which word goes with which.";
        }
        return main;
    }
}
