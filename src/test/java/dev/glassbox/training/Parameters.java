package dev.glassbox.training;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** The ordered, named trainable tensors of a model. Reusable by any model trained in this project. */
public final class Parameters {
    private final List<Parameter> list = new ArrayList<>();

    public Parameter add(String name, int rows, int columns) {
        Parameter p = new Parameter(name, rows, columns);
        list.add(p);
        return p;
    }

    public List<Parameter> all() {
        return List.copyOf(list);
    }

    public long count() {
        return list.stream().mapToLong(Parameter::size).sum();
    }

    public void zeroGrad() {
        for (Parameter p : list) {
            Arrays.fill(p.grad, 0);
        }
    }

    /** ‖∇‖₂ over all parameters together. */
    public double gradNorm() {
        double s = 0;
        for (Parameter p : list) {
            for (double g : p.grad) {
                s += g * g;
            }
        }
        return Math.sqrt(s);
    }

    /** Scales all gradients so that their joint norm is at most {@code maxNorm}; returns the norm before. */
    public double clipGradNorm(double maxNorm) {
        double norm = gradNorm();
        if (norm > maxNorm) {
            double scale = maxNorm / norm;
            for (Parameter p : list) {
                for (int k = 0; k < p.grad.length; k++) {
                    p.grad[k] *= scale;
                }
            }
        }
        return norm;
    }

    /** Fills a tensor with uniform values in [−a, a] from an explicitly seeded generator. */
    public static void uniform(Parameter p, double a, SplittableRandom random) {
        for (int k = 0; k < p.data.length; k++) {
            p.data[k] = (2 * random.nextDouble() - 1) * a;
        }
    }

    public void write(DataOutputStream out) throws IOException {
        for (Parameter p : list) {
            for (double x : p.data) {
                out.writeDouble(x);
            }
        }
    }

    public void read(DataInputStream in) throws IOException {
        for (Parameter p : list) {
            for (int k = 0; k < p.data.length; k++) {
                p.data[k] = in.readDouble();
            }
        }
    }
}
