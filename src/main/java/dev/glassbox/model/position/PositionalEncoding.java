package dev.glassbox.model.position;

import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sinusoidal positional encoding of Vaswani et al. 2017, "Attention Is All You Need", §3.5:
 * <pre>
 *   PE(pos, 2i)   = sin(pos / 10000^(2i/dModel))
 *   PE(pos, 2i+1) = cos(pos / 10000^(2i/dModel))
 * </pre>
 * Each pair of dimensions is a clock hand turning at its own speed, from one turn per 2π positions down to one per
 * 10000·2π; the cosine similarity of two positions' vectors then depends only on how far apart they are.
 */
public final class PositionalEncoding {

    /** A rise in similarity smaller than this is rounding, not a rise. */
    static final double RISE = 1e-9;

    private PositionalEncoding() {
    }

    /** PE for positions 0 … n−1: (n, dModel). */
    public static double[][] sinusoidal(int n, int dModel) {
        double[][] pe = new double[n][dModel]; // (n, dModel)
        for (int pos = 0; pos < n; pos++) {
            for (int i = 0; 2 * i < dModel; i++) {
                double angle = pos / Math.pow(10000, 2.0 * i / dModel);
                pe[pos][2 * i] = Math.sin(angle);
                if (2 * i + 1 < dModel) {
                    pe[pos][2 * i + 1] = Math.cos(angle);
                }
            }
        }
        return pe;
    }

    /** The cosine similarity of every pair of rows: (n, n), cos(a, b) = a·b / (‖a‖‖b‖). */
    public static double[][] cosines(double[][] rows) {
        int n = rows.length;
        double[] length = new double[n];
        for (int r = 0; r < n; r++) {
            length[r] = Math.sqrt(dot(rows[r], rows[r]));
        }
        double[][] c = new double[n][n]; // (n, n)
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                c[a][b] = length[a] == 0 || length[b] == 0 ? 0 : dot(rows[a], rows[b]) / (length[a] * length[b]);
            }
        }
        return c;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * How the similarity of two positions changes with their distance (lag).
     *
     * @param byLag     the mean cosine over all pairs k apart, k = 0 … n−1 (for the formula every such pair has the same)
     * @param firstRise the first lag whose similarity is higher than the lag before it, or −1 when it only falls
     * @param lowest    the lag with the lowest similarity
     */
    public record LagProfile(double[] byLag, int firstRise, int lowest) {

        public double at(int lag) {
            return byLag[lag];
        }

        /** The most similar lag from the first rise on (−1 when similarity only falls). */
        public int peakAfterRise() {
            if (firstRise < 0) {
                return -1;
            }
            int peak = firstRise;
            for (int k = firstRise; k < byLag.length; k++) {
                if (byLag[k] > byLag[peak]) {
                    peak = k;
                }
            }
            return peak;
        }
    }

    /** The similarity by distance of a square cosine matrix: the mean along each diagonal. */
    public static LagProfile lagProfile(double[][] cosines) {
        int n = cosines.length;
        double[] byLag = new double[n];
        for (int k = 0; k < n; k++) {
            double sum = 0;
            for (int a = 0; a + k < n; a++) {
                sum += cosines[a][a + k];
            }
            byLag[k] = sum / (n - k);
        }
        int firstRise = -1;
        int lowest = 0;
        for (int k = 1; k < n; k++) {
            if (firstRise < 0 && byLag[k] > byLag[k - 1] + RISE) {
                firstRise = k;
            }
            if (byLag[k] < byLag[lowest]) {
                lowest = k;
            }
        }
        return new LagProfile(byLag, firstRise, lowest);
    }

    /** Labels "0" … "n−1" for positions. */
    public static List<String> positions(int n) {
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            labels.add(String.valueOf(i));
        }
        return labels;
    }

    /** A matrix with positions as rows and {@code columns} as column labels. */
    public static Value.Matrix matrix(double[][] m, List<String> columns) {
        return new Value.Matrix(m, positions(m.length), columns);
    }
}
