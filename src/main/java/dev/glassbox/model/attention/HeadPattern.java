package dev.glassbox.model.attention;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.List;
import java.util.Map;
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

    /** The averages themselves, in one sentence of percentages, in English. */
    public String averages() {
        return averages(Language.ENGLISH);
    }

    /** The averages themselves, in one sentence of percentages, in {@code language}. */
    public String averages(Language language) {
        return LessonText.of("attention", language).plain("pattern-averages", Map.of("previous", percent(previous),
                "next", percent(next), "self", percent(self), "cls", percent(cls), "sep", percent(sep)));
    }

    /** One or two sentences a learner can read, in English. */
    public String describe(List<String> tokens) {
        return describe(tokens, Language.ENGLISH);
    }

    /** One or two sentences a learner can read, in {@code language}. */
    public String describe(List<String> tokens, Language language) {
        LessonText text = LessonText.of("attention", language);
        double[] v = {previous, next, self, cls + sep};
        String[] what = {"pattern-before", "pattern-after", "pattern-itself", "pattern-special"};
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        if (v[best] >= 0.4) {
            String main = text.plain(what[best], Map.of("percent", percent(v[best])));
            if (best == 3) {
                main += " " + text.plain("pattern-resting");
            } else if (best < 2) {
                main += " " + text.plain("pattern-order");
            }
            return main;
        }
        return text.plain(spread > 0.7 ? "pattern-broad" : "pattern-words");
    }

    /** A share as a whole percentage, without the sign (each language writes the sign its own way). */
    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f", 100 * share);
    }
}
