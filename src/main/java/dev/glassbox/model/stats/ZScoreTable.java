package dev.glassbox.model.stats;

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
    private final Trace trace;

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

        List<String> labels = labels(x);
        boolean population = kind == SdKind.POPULATION;
        String s = population ? "σ" : "s";
        String m = population ? "μ" : "x̄";
        String divisor = population ? "n = " + n : "n − 1 = " + (n - 1);
        trace = Trace.builder()
                .add(SUM, "Sum", "Σx = " + fmt(sum), "Add up all " + n + " values.", List.of(), new Value.Scalar(sum))
                .add(MEAN, "Mean", m + " = Σx / n = " + fmt(sum) + " / " + n + " = " + fmt(mu),
                        (population ? "The population mean μ" : "The sample mean x̄")
                                + " is the balance point of the values: the sum shared out equally.", List.of(SUM),
                        new Value.Scalar(mu))
                .add(DEVIATIONS, "Deviations from the mean", "x − " + m,
                        "How far each value lies from the mean; values below it give negative deviations. "
                                + "The deviations always add up to 0.", List.of(MEAN), new Value.Vector(d, labels))
                .add(SQUARED, "Squared deviations", "(x − " + m + ")²",
                        "Squaring makes every deviation positive and weighs far-away values more.", List.of(DEVIATIONS),
                        new Value.Vector(d2, labels))
                .add(VARIANCE, "Variance", s + "² = Σ(x − " + m + ")² / (" + divisor + ") = " + fmt(variance),
                        kind == SdKind.POPULATION
                                ? "The mean squared deviation, dividing by n: these values are the whole group."
                                : "Dividing by n − 1 instead of n (Bessel's correction) makes the sample variance an "
                                        + "unbiased estimate of the variance of the population the values were drawn from.",
                        List.of(SQUARED), new Value.Scalar(variance))
                .add(SIGMA, "Standard deviation", s + " = √" + s + "² = " + fmt(sigma),
                        "The square root brings the spread back to the units of the values: a typical distance "
                                + "from the mean.", List.of(VARIANCE), new Value.Scalar(sigma))
                .add(Z, "z-scores", "z = (x − " + m + ") / " + s,
                        "Each deviation measured in standard deviations: z = 1 is one standard deviation above the "
                                + "mean, z = −2 two below. The z-scores have mean 0. " + zSpread(kind, n),
                        List.of(DEVIATIONS, SIGMA), new Value.Vector(z, labels))
                .add(PERCENTILE, "Proportion below z under a normal model", "Φ(z)",
                        "Φ is the cumulative distribution of the standard normal distribution N(0, 1), the normal "
                                + "distribution with mean 0 and standard deviation 1: Φ(z) is the proportion of a normal "
                                + "population that lies below z. It describes your values only as far as they follow a "
                                + "normal distribution; it is not their percentile rank.",
                        List.of(Z), new Value.Vector(p, labels))
                .add(RANK, "Percentile rank in your data", "(number below x + ½ · number equal to x) / n",
                        "The proportion of your own " + n + " values that lie below each value, counting ties as "
                                + "half: read from the data, with no normal model.", List.of(), new Value.Vector(r, labels))
                .build();
    }

    /**
     * Standardises {@code x}.
     *
     * @throws InvalidInputException when fewer than two values are given or all values are equal (σ = 0)
     */
    public static ZScoreTable of(double[] x, SdKind kind) {
        if (x.length == 0) {
            throw new InvalidInputException("Please type some numbers first: the list is empty.");
        }
        if (x.length > NumberList.MAX_VALUES) {
            throw new InvalidInputException("The list has " + x.length + " values; Glassbox reads at most "
                    + NumberList.MAX_VALUES + ", so please use fewer.");
        }
        for (double v : x) {
            if (!(Math.abs(v) <= NumberList.MAX_MAGNITUDE)) {
                throw new InvalidInputException("Every value must be a finite number between −1e100 and 1e100.");
            }
        }
        if (x.length == 1) {
            throw new InvalidInputException("One value is not enough: its population standard deviation is 0 and its "
                    + "sample standard deviation is undefined (n − 1 = 0), so please give at least two numbers.");
        }
        double first = x[0];
        boolean allEqual = true;
        for (double v : x) {
            allEqual &= v == first;
        }
        if (allEqual) {
            throw new InvalidInputException("All the values are equal, so the standard deviation is 0 and z = (x − μ) / σ "
                    + "would divide by zero; please give values that differ.");
        }
        double spread = Math.sqrt(StatUtils.populationVariance(x));
        if (!(spread > 0 && spread < Double.POSITIVE_INFINITY)) {
            throw new InvalidInputException("The values lie so close together that their standard deviation rounds to 0, "
                    + "so z = (x − μ) / σ would divide by zero; please give values that differ more.");
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

    public Trace trace() {
        return trace;
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

    /** What the SD of the z-scores is, for both kinds, with this n (both factors computed). */
    private static String zSpread(SdKind kind, int n) {
        double other = kind == SdKind.POPULATION ? Math.sqrt((double) n / (n - 1)) : Math.sqrt((n - 1.0) / n);
        return kind == SdKind.POPULATION
                ? "Their population standard deviation is exactly 1; their sample standard deviation (dividing by n − 1) "
                        + "is √(n / (n − 1)) = " + fmt(other) + ", because it is not the kind they were made with."
                : "Their sample standard deviation s is exactly 1; their population standard deviation (dividing by n) "
                        + "is √((n − 1) / n) = " + fmt(other) + ", because it is not the kind they were made with.";
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
        return where(z) + "; higher than " + percent(percentile(z)) + " of a normal population";
    }

    /** Where z lies, in words: "1.20 standard deviations above the mean", "at the mean". */
    public static String where(double z) {
        if (Math.abs(z) < 0.005) {
            return "at the mean";
        }
        String amount = String.format(Locale.ROOT, "%.2f", Math.abs(z));
        return amount + " standard deviation" + (amount.equals("1.00") ? "" : "s") + (z > 0 ? " above" : " below")
                + " the mean";
    }

    /** A share as a percentage for reading, to one decimal at most (97.5%, 68%); "less than 0.1%" near the ends. */
    public static String percent(double p) {
        double pct = 100 * p;
        if (pct >= 0.1 && pct <= 99.9) {
            String s = String.format(Locale.ROOT, "%.1f", pct);
            return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + "%";
        }
        if (pct > 99.9 || (pct < 0.1 && pct > 0)) {
            return pct > 50 ? "more than 99.9%" : "less than 0.1%";
        }
        return String.format(Locale.ROOT, "%.1f%%", pct);
    }

    private static List<String> labels(double[] x) {
        List<String> labels = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            labels.add("x" + (i + 1) + " = " + fmt(x[i]));
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
