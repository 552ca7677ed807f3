package dev.glassbox.model.embedding;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.Covariance;

/**
 * Principal component analysis to two dimensions: centre the points, x̃ᵢ = xᵢ − μ; form the covariance
 * C = X̃ᵀX̃ / (n − 1); take its two eigenvectors e₁, e₂ with the largest eigenvalues λ₁ ≥ λ₂; each point's
 * coordinates are (x̃ᵢ·e₁, x̃ᵢ·e₂). Axis k explains λₖ / Σλ of the variance. Each eigenvector's sign is fixed so
 * that its largest entry (in absolute value) is positive, so the map is the same on every run.
 *
 * <p>Source: Jolliffe, "Principal Component Analysis" (2nd ed., Springer 2002), §1.1 and §3.1; computed with
 * Apache Commons Math {@link Covariance} and {@link EigenDecomposition}.
 */
public final class PcaProjection {

    public static final String POINTS = "points";
    public static final String MEAN = "mean";
    public static final String COVARIANCE = "covariance";
    public static final String EIGENVALUES = "eigenvalues";
    public static final String EXPLAINED = "explained";
    public static final String PROJECTION = "projection";

    /** The 2-D coordinates, the eigenvalues (largest first), the share of variance of each axis, and the trace. */
    public record Result(List<String> labels, double[][] coordinates, double[] eigenvalues, double[] explained, Trace trace) {
        public Result {
            labels = List.copyOf(labels);
        }
    }

    private PcaProjection() {
    }

    /**
     * Projects {@code points} (one row per label) onto their first two principal components.
     *
     * @throws InvalidInputException when there are fewer than 2 points
     */
    public static Result of(List<String> labels, double[][] points) {
        return of(labels, points, Language.ENGLISH);
    }

    /** The same, its steps told in {@code language}. */
    public static Result of(List<String> labels, double[][] points, Language language) {
        int n = points.length;
        if (n < 2 || labels.size() != n) {
            throw new InvalidInputException(Words.line(language, "pca-too-few"));
        }
        int d = points[0].length;
        // 1) mean and centred points
        double[] mu = new double[d];       // (d)
        for (double[] p : points) {
            for (int j = 0; j < d; j++) {
                mu[j] += p[j] / n;
            }
        }
        double[][] centred = new double[n][d]; // (n, d)
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred[i][j] = points[i][j] - mu[j];
            }
        }
        // 2) covariance C = X̃ᵀX̃ / (n − 1)
        RealMatrix c = new Covariance(points, true).getCovarianceMatrix(); // (d, d)
        // 3) eigen-decomposition of the symmetric C, eigenvalues in decreasing order
        EigenDecomposition eigen = new EigenDecomposition(c);
        double[] lambda = eigen.getRealEigenvalues().clone(); // (d)
        Integer[] order = new Integer[d];
        for (int j = 0; j < d; j++) {
            order[j] = j;
            lambda[j] = Math.max(0, lambda[j]); // rounding can leave tiny negatives on a positive semi-definite matrix
        }
        Arrays.sort(order, (p, q) -> Double.compare(lambda[q], lambda[p]));
        double total = 0;
        for (double l : lambda) {
            total += l;
        }
        double[][] e = new double[2][]; // (2, d)
        double[] sorted = new double[d];
        for (int j = 0; j < d; j++) {
            sorted[j] = lambda[order[j]];
        }
        for (int a = 0; a < 2; a++) {
            double[] vec = eigen.getEigenvector(order[a]).toArray();
            int big = 0;
            for (int j = 1; j < d; j++) {
                if (Math.abs(vec[j]) > Math.abs(vec[big])) {
                    big = j;
                }
            }
            if (vec[big] < 0) {
                for (int j = 0; j < d; j++) {
                    vec[j] = -vec[j];
                }
            }
            e[a] = vec;
        }
        // 4) explained variance per axis
        double[] explained = {total == 0 ? 0 : sorted[0] / total, total == 0 ? 0 : sorted[1] / total};
        // 5) project: (x̃ᵢ·e₁, x̃ᵢ·e₂)
        double[][] xy = new double[n][2]; // (n, 2)
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 2; a++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += centred[i][j] * e[a][j];
                }
                xy[i][a] = s;
            }
        }

        List<String> dims = NearestNeighbours.dimensionLabels(d, language);
        List<List<Object>> projRows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            projRows.add(List.of(labels.get(i), xy[i][0], xy[i][1]));
        }
        int shown = Math.min(d, 10);
        double[] top = Arrays.copyOf(sorted, shown);
        List<String> lambdaLabels = new ArrayList<>();
        for (int j = 1; j <= shown; j++) {
            lambdaLabels.add("λ" + j);
        }
        List<List<Object>> explainedRows = List.of(
                List.of(Words.line(language, "pca-axis", "n", 1), sorted[0], explained[0]),
                List.of(Words.line(language, "pca-axis", "n", 2), sorted[1], explained[1]),
                List.of(Words.line(language, "pca-both"), sorted[0] + sorted[1], explained[0] + explained[1]),
                List.of(Words.line(language, "pca-all", "dimensions", d), total, total == 0 ? 0.0 : 1.0));
        Trace trace = Trace.builder()
                .add(POINTS, Words.line(language, "pca-points-title"),
                        Words.line(language, "pca-points-equation", "n", n, "dimensions", d),
                        Words.line(language, "pca-points", "dimensions", d),
                        List.of(), new Value.Matrix(points, labels, dims))
                .add(MEAN, Words.line(language, "pca-mean-title"), "μ = (1/n) Σᵢ xᵢ,   x̃ᵢ = xᵢ − μ",
                        Words.line(language, "pca-mean"),
                        List.of(POINTS), new Value.Vector(mu, dims))
                .add(COVARIANCE, Words.line(language, "pca-covariance-title"), "C = X̃ᵀX̃ / (n − 1)   (" + d + " × " + d + ")",
                        Words.line(language, "pca-covariance"),
                        List.of(MEAN), new Value.Matrix(c.getData(), dims, dims))
                .add(EIGENVALUES, Words.line(language, "pca-eigenvalues-title"), "C eₖ = λₖ eₖ,   λ₁ ≥ λ₂ ≥ …",
                        Words.line(language, "pca-eigenvalues", "shown", shown),
                        List.of(COVARIANCE), new Value.Vector(top, lambdaLabels))
                .add(EXPLAINED, Words.line(language, "pca-explained-title"),
                        Words.line(language, "pca-explained-equation", "first", pct(explained[0], language),
                                "second", pct(explained[1], language)),
                        Words.line(language, "pca-explained", "both", pct(explained[0] + explained[1], language)),
                        List.of(EIGENVALUES), new Value.Table(List.of(Words.line(language, "pca-column-axis"),
                                Words.line(language, "pca-column-eigenvalue"), Words.line(language, "pca-column-share")),
                                explainedRows))
                .add(PROJECTION, Words.line(language, "pca-projection-title"), "(xᵢ, yᵢ) = (x̃ᵢ·e₁, x̃ᵢ·e₂)",
                        Words.line(language, "pca-projection"),
                        List.of(MEAN, EXPLAINED), new Value.Table(List.of(Words.line(language, "column-word"),
                                Words.line(language, "pca-column-x"), Words.line(language, "pca-column-y")), projRows))
                .build();
        return new Result(labels, xy, sorted, explained, trace);
    }

    /**
     * The top-left {@code n × n} corner of a square matrix with its labels (the whole matrix when it is smaller),
     * for showing part of the 100 × 100 covariance on a page.
     */
    public static Value.Matrix corner(Value.Matrix m, int n) {
        int k = Math.min(n, Math.min(m.rows(), m.columns()));
        double[][] all = m.values();
        double[][] part = new double[k][k]; // (k, k)
        for (int i = 0; i < k; i++) {
            System.arraycopy(all[i], 0, part[i], 0, k);
        }
        return new Value.Matrix(part, m.rowLabels().subList(0, k), m.columnLabels().subList(0, k));
    }

    private static String pct(double share, Language language) {
        return Words.decimals(language, String.format(Locale.ROOT, "%.1f%%", 100 * share));
    }
}
