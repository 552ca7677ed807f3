package dev.glassbox.training;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/**
 * Compares analytic gradients with central finite differences, (L(θ+ε) − L(θ−ε)) / 2ε, at sampled entries of
 * every parameter, and returns the largest relative error |a − n| / max(|a| + |n|, floor).
 */
public final class GradientCheck {
    private GradientCheck() {
    }

    /**
     * @param loss    computes the loss from the current parameter values (must not touch the gradients' meaning)
     * @param samples entries checked per parameter
     */
    public static double maxRelativeError(Parameters parameters, DoubleSupplier loss, double[][] analytic,
                                          int samples, double epsilon, long seed) {
        return maxRelativeError(parameters, loss, analytic, samples, epsilon, seed, 1e-6);
    }

    /** As above, comparing entries with |a| + |n| below {@code floor} absolutely (error / floor). */
    public static double maxRelativeError(Parameters parameters, DoubleSupplier loss, double[][] analytic,
                                          int samples, double epsilon, long seed, double floor) {
        SplittableRandom random = new SplittableRandom(seed);
        double worst = 0;
        var all = parameters.all();
        for (int p = 0; p < all.size(); p++) {
            Parameter param = all.get(p);
            for (int s = 0; s < Math.min(samples, param.size()); s++) {
                int k = samples >= param.size() ? s : random.nextInt(param.size());
                double saved = param.data[k];
                param.data[k] = saved + epsilon;
                double plus = loss.getAsDouble();
                param.data[k] = saved - epsilon;
                double minus = loss.getAsDouble();
                param.data[k] = saved;
                double numeric = (plus - minus) / (2 * epsilon);
                double a = analytic[p][k];
                double error = Math.abs(a - numeric) / Math.max(Math.abs(a) + Math.abs(numeric), floor);
                worst = Math.max(worst, error);
            }
        }
        return worst;
    }

    /** A copy of every parameter's gradient, in parameter order. */
    public static double[][] copyGradients(Parameters parameters) {
        return parameters.all().stream().map(p -> p.grad.clone()).toArray(double[][]::new);
    }
}
