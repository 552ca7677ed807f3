package dev.glassbox.training;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Adam (Kingma &amp; Ba 2015, Algorithm 1): m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − α·m̂/(√v̂ + ε) with
 * m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ).
 */
public final class Adam {
    private final List<Parameter> parameters;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[][] m; // per parameter, same shape
    private final double[][] v; // per parameter, same shape
    private long t;

    public Adam(Parameters parameters) {
        this(parameters, 0.9, 0.999, 1e-8);
    }

    public Adam(Parameters parameters, double beta1, double beta2, double epsilon) {
        this.parameters = parameters.all();
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.m = new double[this.parameters.size()][];
        this.v = new double[this.parameters.size()][];
        for (int p = 0; p < this.parameters.size(); p++) {
            m[p] = new double[this.parameters.get(p).size()];
            v[p] = new double[this.parameters.get(p).size()];
        }
    }

    /** One update with learning rate α from the gradients currently stored in the parameters. */
    public void step(double alpha) {
        t++;
        double c1 = 1 - Math.pow(beta1, t);
        double c2 = 1 - Math.pow(beta2, t);
        for (int p = 0; p < parameters.size(); p++) {
            Parameter param = parameters.get(p);
            double[] mp = m[p];
            double[] vp = v[p];
            for (int k = 0; k < param.data.length; k++) {
                double g = param.grad[k];
                mp[k] = beta1 * mp[k] + (1 - beta1) * g;
                vp[k] = beta2 * vp[k] + (1 - beta2) * g * g;
                param.data[k] -= alpha * (mp[k] / c1) / (Math.sqrt(vp[k] / c2) + epsilon);
            }
        }
    }

    public long steps() {
        return t;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeLong(t);
        for (int p = 0; p < m.length; p++) {
            for (int k = 0; k < m[p].length; k++) {
                out.writeDouble(m[p][k]);
                out.writeDouble(v[p][k]);
            }
        }
    }

    public void read(DataInputStream in) throws IOException {
        t = in.readLong();
        for (int p = 0; p < m.length; p++) {
            for (int k = 0; k < m[p].length; k++) {
                m[p][k] = in.readDouble();
                v[p][k] = in.readDouble();
            }
        }
    }
}
