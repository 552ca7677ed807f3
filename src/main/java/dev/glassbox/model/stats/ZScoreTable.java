package dev.glassbox.model.stats;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Standardisation: each value x becomes its z-score, the number of standard deviations it lies above (z > 0) or
 * below (z < 0) the mean. For a whole population z = (x − μ) / σ with μ = Σx / n and σ = √(Σ(x − μ)² / n); for a
 * sample z = (x − x̄) / s with the sample mean x̄ = Σx / n and s = √(Σ(x − x̄)² / (n − 1)). Two proportions go with
 * each value: Φ(z), the proportion of a normal population below z (a normal model, exact only for normal data), and
 * the data's own percentile rank, (number below x + ½ · number equal to x) / n. Moments come from Commons Math
 * ({@link StatUtils}), Φ from its {@link NormalDistribution}. (Freedman, Pisani &amp; Purves, <i>Statistics</i>,
 * ch. 4–5; Bessel's correction in ch. 26; the mid-rank percentile rank as in SciPy's
 * {@code percentileofscore(kind="mean")}.)
 *
 * <p>Shapes: n = number of values; {@code x}, {@code d}, {@code z}, {@code p}, {@code r} are {@code (n)}.
 */
public final class ZScoreTable {

    public static final String SUM = "sum";
    public static final String MEAN = "mean";
    public static final String DEVIATIONS = "deviations";
    public static final String SQUARED = "squared";
    public static final String VARIANCE = "variance";
    public static final String SIGMA = "sigma";
    public static final String Z = "z";
    public static final String PERCENTILE = "percentile";
    public static final String RANK = "rank";

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    /**
     * One value's row of the table.
     *
     * @param percentile Φ(z): the proportion of a normal population below z (the API's name for it is fixed)
     * @param rank       the data's own percentile rank: (number below + ½ · number equal) / n
     */
    public record Row(double value, double deviation, double z, double percentile, double rank) {
    }

    private final double[] x; // (n)
    private final SdKind kind;
    private final double mu;
    private final double populationSd;
    private final double sampleSd;
    private final List<Row> rows;
    private final double sum;
    private final double variance;
    private final double[] squared; // (n)

    private ZScoreTable(double[] x, SdKind kind) {
        this.x = x.clone();
        this.kind = kind;
        int n = x.length;
        // 1) sum and 2) mean
        double sum = StatUtils.sum(x);
        mu = StatUtils.mean(x);
        // 3) deviations and 4) their squares: subtraction and squaring of each value, shown to the learner
        double[] d = new double[n]; // (n)
        double[] d2 = new double[n]; // (n)
        for (int i = 0; i < n; i++) {
            d[i] = x[i] - mu;
            d2[i] = d[i] * d[i];
        }
        // 5) variance and 6) standard deviation, both kinds
        double populationVariance = StatUtils.populationVariance(x, mu);
        double sampleVariance = n > 1 ? StatUtils.variance(x, mu) : Double.NaN;
        populationSd = Math.sqrt(populationVariance);
        sampleSd = Math.sqrt(sampleVariance);
        double variance = kind == SdKind.POPULATION ? populationVariance : sampleVariance;
        double sigma = sd();
        // 7) z-scores, 8) the normal model's proportion below and 9) the data's own percentile rank
        double[] z = new double[n]; // (n)
        double[] p = new double[n]; // (n)
        double[] r = ranks(x); // (n)
        List<Row> table = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            z[i] = d[i] / sigma;
            p[i] = STANDARD.cumulativeProbability(z[i]);
            table.add(new Row(x[i], d[i], z[i], p[i], r[i]));
        }
        rows = List.copyOf(table);

        this.sum = sum;
        this.variance = variance;
        this.squared = d2;
    }

    /** The table's computation step by step, its sentences in English. */
    public Trace trace() {
        return trace(Language.ENGLISH);
    }

    /** The table's computation step by step, its sentences and numbers written in {@code language}. */
    public Trace trace(Language language) {
        int n = x.length;
        double[] d = rows.stream().mapToDouble(Row::deviation).toArray(); // (n)
        double[] z = rows.stream().mapToDouble(Row::z).toArray(); // (n)
        double[] p = rows.stream().mapToDouble(Row::percentile).toArray(); // (n)
        double[] r = rows.stream().mapToDouble(Row::rank).toArray(); // (n)
        double sigma = sd();
        List<String> labels = labels(x, language);
        boolean population = kind == SdKind.POPULATION;
        String s = population ? "σ" : "s";
        String m = population ? "μ" : "x̄";
        String divisor = population ? "n = " + n : "n − 1 = " + (n - 1);
        String variant = population ? "-population" : "-sample";
        double other = population ? Math.sqrt((double) n / (n - 1)) : Math.sqrt((n - 1.0) / n);
        return Trace.builder()
                .add(SUM, say(language, "step-sum"), "Σx = " + StatsText.number(sum, language),
                        say(language, "step-sum-why", "n", n), List.of(), new Value.Scalar(sum))
                .add(MEAN, say(language, "step-mean"), m + " = Σx / n = " + StatsText.number(sum, language) + " / " + n
                        + " = " + StatsText.number(mu, language), say(language, "step-mean-why" + variant), List.of(SUM),
                        new Value.Scalar(mu))
                .add(DEVIATIONS, say(language, "step-deviations"), "x − " + m, say(language, "step-deviations-why"),
                        List.of(MEAN), new Value.Vector(d, labels))
                .add(SQUARED, say(language, "step-squared"), "(x − " + m + ")²", say(language, "step-squared-why"),
                        List.of(DEVIATIONS), new Value.Vector(squared, labels))
                .add(VARIANCE, say(language, "step-variance"), s + "² = Σ(x − " + m + ")² / (" + divisor + ") = "
                        + StatsText.number(variance, language), say(language, "step-variance-why" + variant),
                        List.of(SQUARED), new Value.Scalar(variance))
                .add(SIGMA, say(language, "step-sigma"), s + " = √" + s + "² = " + StatsText.number(sigma, language),
                        say(language, "step-sigma-why"), List.of(VARIANCE), new Value.Scalar(sigma))
                .add(Z, say(language, "step-z"), "z = (x − " + m + ") / " + s,
                        say(language, "step-z-why" + variant, "other", StatsText.number(other, language)),
                        List.of(DEVIATIONS, SIGMA), new Value.Vector(z, labels))
                .add(PERCENTILE, say(language, "step-percentile"), "Φ(z)", say(language, "step-percentile-why"),
                        List.of(Z), new Value.Vector(p, labels))
                .add(RANK, say(language, "step-rank"), say(language, "step-rank-formula"),
                        say(language, "step-rank-why", "n", n), List.of(), new Value.Vector(r, labels))
                .build();
    }

    private static String say(Language language, String name, Object... pairs) {
        return StatsText.zscores(language, name, pairs);
    }

    /**
     * Standardises {@code x}.
     *
     * @throws InvalidInputException when fewer than two values are given or all values are equal (σ = 0)
     */
    public static ZScoreTable of(double[] x, SdKind kind) {
        return of(x, kind, Language.ENGLISH);
    }

    /** {@link #of(double[], SdKind)}, saying in {@code language} why {@code x} cannot be standardised. */
    public static ZScoreTable of(double[] x, SdKind kind, Language language) {
        if (x.length == 0) {
            throw new InvalidInputException(say(language, "error-empty"));
        }
        if (x.length > NumberList.MAX_VALUES) {
            throw new InvalidInputException(say(language, "error-too-many", "n", x.length, "max", NumberList.MAX_VALUES));
        }
        for (double v : x) {
            if (!(Math.abs(v) <= NumberList.MAX_MAGNITUDE)) {
                throw new InvalidInputException(say(language, "error-not-finite-values"));
            }
        }
        if (x.length == 1) {
            throw new InvalidInputException(say(language, "error-one-value"));
        }
        double first = x[0];
        boolean allEqual = true;
        for (double v : x) {
            allEqual &= v == first;
        }
        if (allEqual) {
            throw new InvalidInputException(say(language, "error-all-equal"));
        }
        double spread = Math.sqrt(StatUtils.populationVariance(x));
        if (!(spread > 0 && spread < Double.POSITIVE_INFINITY)) {
            throw new InvalidInputException(say(language, "error-too-close"));
        }
        return new ZScoreTable(x, kind);
    }

    public int n() {
        return x.length;
    }

    public double[] values() {
        return x.clone();
    }

    public SdKind kind() {
        return kind;
    }

    public double mean() {
        return mu;
    }

    public double populationSd() {
        return populationSd;
    }

    /** The sample standard deviation s (n − 1 in the denominator). */
    public double sampleSd() {
        return sampleSd;
    }

    /** The standard deviation of the chosen kind, the one the z-scores divide by. */
    public double sd() {
        return kind == SdKind.POPULATION ? populationSd : sampleSd;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * The population standard deviation of the z-scores: 1 when they divide by σ, √((n − 1) / n) when they divide by s
     * (the same kind of SD gives exactly 1; the other kind does not).
     */
    public double zPopulationSd() {
        return populationSd / sd();
    }

    /** The sample standard deviation of the z-scores: √(n / (n − 1)) when they divide by σ, 1 when they divide by s. */
    public double zSampleSd() {
        return sampleSd / sd();
    }

    /** The data's own percentile rank of each value (mid-rank: ties count half), {@code (n)}. */
    static double[] ranks(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] r = new double[x.length]; // (n)
        for (int i = 0; i < x.length; i++) {
            int below = lowerBound(sorted, x[i]);
            int upTo = upperBound(sorted, x[i]);
            r[i] = (below + 0.5 * (upTo - below)) / x.length;
        }
        return r;
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The z-score of any number relative to this group: (x − μ) / σ, or (x − x̄) / s for a sample. */
    public double z(double value) {
        return (value - mu) / sd();
    }

    /** Φ(z): the share of a standard normal population below {@code z}. */
    public static double percentile(double z) {
        return STANDARD.cumulativeProbability(z);
    }

    /** A plain-language reading of z, e.g. "1.20 standard deviations above the mean; higher than 88.5% of a normal population". */
    public static String reading(double z) {
        return reading(z, Language.ENGLISH);
    }

    /** {@link #reading(double)} in {@code language}. */
    public static String reading(double z, Language language) {
        return say(language, "reading", "where", where(z, language), "percent", percent(percentile(z), language));
    }

    /** Where z lies, in words: "1.20 standard deviations above the mean", "at the mean". */
    public static String where(double z) {
        return where(z, Language.ENGLISH);
    }

    /** {@link #where(double)} in {@code language}. */
    public static String where(double z, Language language) {
        if (Math.abs(z) < 0.005) {
            return say(language, "at-mean");
        }
        String amount = String.format(Locale.ROOT, "%.2f", Math.abs(z));
        if (amount.equals("1.00")) {
            return say(language, z > 0 ? "above-one-sd" : "below-one-sd", "amount", decimals(amount, language));
        }
        return say(language, z > 0 ? "above-sds" : "below-sds", "amount", decimals(amount, language));
    }

    /** A share as a percentage for reading, to one decimal at most (97.5%, 68%); "less than 0.1%" near the ends. */
    public static String percent(double p) {
        return percent(p, Language.ENGLISH);
    }

    /** {@link #percent(double)} as {@code language} writes it. */
    public static String percent(double p, Language language) {
        double pct = 100 * p;
        if (pct >= 0.1 && pct <= 99.9) {
            String s = String.format(Locale.ROOT, "%.1f", pct);
            return say(language, "percent", "p", decimals(s.endsWith(".0") ? s.substring(0, s.length() - 2) : s, language));
        }
        if (pct > 99.9 || (pct < 0.1 && pct > 0)) {
            return say(language, pct > 50 ? "percent-top" : "percent-bottom");
        }
        return say(language, "percent", "p", decimals(String.format(Locale.ROOT, "%.1f", pct), language));
    }

    private static String decimals(String raw, Language language) {
        char separator = language.decimalSeparator();
        return separator == '.' ? raw : raw.replace('.', separator);
    }

    private static List<String> labels(double[] x, Language language) {
        List<String> labels = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            labels.add("x" + (i + 1) + " = " + StatsText.number(x[i], language));
        }
        return labels;
    }
    /** A number as the lessons write it (the same rules as the views' number formatter: four decimals). */
    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-4 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
