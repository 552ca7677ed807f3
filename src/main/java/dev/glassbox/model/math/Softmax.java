package dev.glassbox.model.math;

/** softmax(z)ᵢ = exp(zᵢ − max z) / Σⱼ exp(zⱼ − max z), in double precision (subtracting the maximum changes nothing). */
public final class Softmax {

    private Softmax() {
    }

    public static double[] of(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : z) {
            max = Math.max(max, x);
        }
        double[] p = new double[z.length]; // (V)
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    public static double[] of(float[] z) {
        double[] d = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            d[k] = z[k];
        }
        return of(d);
    }
}
