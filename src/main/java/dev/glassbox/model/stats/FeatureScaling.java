package dev.glassbox.model.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Why standardising inputs helps a model learn, measured: the same linear model ŷ = b + w₁x₁ + … + w_px_p is fitted by
 * plain gradient descent to the same targets y twice — once on the raw inputs, once on their z-scores — and the steps
 * each run needs are counted. The loss is L = Σ(ŷ − y)² / (2n); its gradient is Xᵀ(Xw − y) / n and its curvature the
 * matrix H = XᵀX / n (X with a column of ones for b). Each run uses the largest safe fixed learning rate, η = 1 / λ_max(H),
 * starts from w = 0 and stops once its loss is within {@value #TOLERANCE} of the way from the start to the best loss L*
 * (least squares, from an SVD). Both runs can reach the same L*: standardising only moves and rescales the inputs. The
 * number of steps grows with the condition number κ = λ_max / λ_min of H, which inputs with a large mean or spread
 * make large. (Goodfellow, Bengio &amp; Courville, <i>Deep Learning</i>, §4.3.1 and §8.2.3; LeCun, Bottou, Orr &amp;
 * Müller, "Efficient BackProp", 1998, §4.3.)
 *
 * <p>Shapes: n = number of examples, p = number of inputs; {@code x} is {@code (n, p)}, {@code y} is {@code (n)},
 * {@code w} is {@code (p + 1)} with b first.
 */
public final class FeatureScaling {

    /** Converged: the remaining loss above L* is at most this share of the starting excess. */
    public static final double TOLERANCE = 1e-6;
    /** Runs stop here if not converged. */
    public static final int MAX_STEPS = 100_000;
    /** The steps at which the loss is recorded for the learner. */
    public static final List<Integer> CHECKPOINTS = List.of(0, 1, 10, 100, 1000, 10_000);

    /**
     * One gradient-descent run.
     *
     * @param steps      steps taken to converge, or {@link #MAX_STEPS} when it did not ({@link #converged()} false)
     * @param converged  whether it reached the tolerance within {@link #MAX_STEPS}
     * @param rate       the learning rate η = 1 / λ_max
     * @param condition  κ = λ_max / λ_min of H ({@code Infinity} when an input is a combination of others)
     * @param bestLoss   L*, the least-squares loss
     * @param losses     the loss at each of {@link #CHECKPOINTS}
     */
    public record Run(int steps, boolean converged, double rate, double condition, double bestLoss, List<Double> losses) {
        public Run {
            losses = List.copyOf(losses);
        }
    }

    /** The two runs, raw and standardised, on the same targets; {@code inputs} names the inputs used. */
    public record Result(List<String> inputs, Run raw, Run standardised) {
        public Result {
            inputs = List.copyOf(inputs);
        }
    }

    private FeatureScaling() {
    }

    /**
     * The lesson's example on a sentence: each word's length in letters predicted from its vowels and its position,
     * leaving out an input that does not vary in this sentence (it cannot be standardised).
     */
    public static Result ofWords(WordFeatures words) {
        List<WordFeatures.Feature> inputs = words.features().subList(1, 3).stream().filter(f -> f.table() != null).toList();
        int n = words.words().size();
        double[][] x = new double[n][inputs.size()]; // (n, p)
        for (int j = 0; j < inputs.size(); j++) {
            double[] v = inputs.get(j).values();
            for (int i = 0; i < n; i++) {
                x[i][j] = v[i];
            }
        }
        return of(inputs.stream().map(WordFeatures.Feature::name).toList(), x, words.length().values());
    }

    /**
     * Fits y from the columns of {@code x} twice, raw and standardised (population σ).
     *
     * @param names the inputs' names, {@code (p)}
     * @param x     {@code (n, p)}, every column with σ &gt; 0
     * @param y     {@code (n)}
     */
    public static Result of(List<String> names, double[][] x, double[] y) {
        int n = x.length;
        int p = x[0].length;
        double[][] z = new double[n][p]; // (n, p)
        for (int j = 0; j < p; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = x[i][j];
            }
            ZScoreTable t = ZScoreTable.of(column, SdKind.POPULATION);
            for (int i = 0; i < n; i++) {
                z[i][j] = t.rows().get(i).z();
            }
        }
        return new Result(names, run(x, y), run(z, y));
    }

    /** Gradient descent on ŷ = b + Σ w_j x_j from w = 0. */
    static Run run(double[][] x, double[] y) {
        int n = x.length;
        int p = x[0].length + 1;
        double[][] a = new double[n][p]; // (n, p + 1): a column of ones, then x
        for (int i = 0; i < n; i++) {
            a[i][0] = 1;
            System.arraycopy(x[i], 0, a[i], 1, p - 1);
        }
        RealMatrix design = new Array2DRowRealMatrix(a, false);
        RealMatrix h = design.transpose().multiply(design).scalarMultiply(1.0 / n); // (p + 1, p + 1)
        double[] eigen = new EigenDecomposition(h).getRealEigenvalues();
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double e : eigen) {
            max = Math.max(max, e);
            min = Math.min(min, e);
        }
        double condition = min > max * 1e-12 ? max / min : Double.POSITIVE_INFINITY;
        double rate = 1 / max;
        RealVector best = new SingularValueDecomposition(design).getSolver().solve(new ArrayRealVector(y, false));
        double[] wBest = best.toArray(); // (p + 1)
        double bestLoss = loss(a, y, wBest);
        double[][] hm = h.getData(); // (p + 1, p + 1)
        double[] g0 = design.transpose().operate(y); // (p + 1): Xᵀy, divided by n below
        for (int j = 0; j < p; j++) {
            g0[j] /= n;
        }
        double[] w = new double[p]; // (p + 1)
        double start = loss(a, y, w);
        double target = TOLERANCE * (start - bestLoss);
        List<Double> losses = new ArrayList<>();
        losses.add(start);
        double excess = start - bestLoss;
        int step = 0;
        int converged = excess <= target ? 0 : -1;
        int last = CHECKPOINTS.getLast();
        int next = 1; // the next checkpoint's index
        double[] gradient = new double[p]; // (p + 1)
        double[] d = new double[p]; // (p + 1)
        // A hand loop, measured: the gradient Xᵀ(Xw − y) / n is written as H·w − Xᵀy / n and the loss above the best as
        // ½ (w − w*)ᵀ H (w − w*), both exact for a squared error, so a step costs (p + 1)² operations whatever the
        // number of words (measured at 100 words and 100,000 steps on a busy two-core machine: 0.9 s summing over the
        // words, 34 ms this way). It runs on past convergence up to the last checkpoint, so that every recorded loss is
        // the loss at that step.
        while ((converged < 0 || step < last) && step < MAX_STEPS) {
            for (int j = 0; j < p; j++) {
                gradient[j] = dot(hm[j], w) - g0[j];
            }
            for (int j = 0; j < p; j++) {
                w[j] -= rate * gradient[j];
            }
            step++;
            excess = excess(hm, w, wBest, d);
            if (converged < 0 && excess <= target) {
                converged = step;
            }
            if (next < CHECKPOINTS.size() && step == CHECKPOINTS.get(next)) {
                losses.add(bestLoss + excess);
                next++;
            }
        }
        return new Run(converged < 0 ? MAX_STEPS : converged, converged >= 0, rate, condition, bestLoss, losses);
    }

    /** ½ dᵀ H d with d = w − w*: how far the loss lies above its least-squares minimum. */
    private static double excess(double[][] h, double[] w, double[] best, double[] d) {
        int p = w.length;
        for (int j = 0; j < p; j++) {
            d[j] = w[j] - best[j];
        }
        double q = 0;
        for (int j = 0; j < p; j++) {
            q += d[j] * dot(h[j], d);
        }
        return q / 2;
    }

    private static double loss(double[][] a, double[] y, double[] w) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double r = dot(a[i], w) - y[i];
            sum += r * r;
        }
        return sum / (2 * a.length);
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int j = 0; j < u.length; j++) {
            s += u[j] * v[j];
        }
        return s;
    }
}
