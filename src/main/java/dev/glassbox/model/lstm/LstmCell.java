package dev.glassbox.model.lstm;

import java.util.Arrays;

/**
 * One step of a long short-term memory cell (Hochreiter &amp; Schmidhuber 1997, with the forget gate of Gers,
 * Schmidhuber &amp; Cummins 2000; notation of Goodfellow, Bengio &amp; Courville, <i>Deep Learning</i>, §10.10.1):
 * <pre>
 * f_t = σ(W_f·[h_{t−1}, x_t] + b_f)        forget gate
 * i_t = σ(W_i·[h_{t−1}, x_t] + b_i)        input gate
 * g_t = c̃_t = tanh(W_g·[h_{t−1}, x_t] + b_g)  candidate
 * o_t = σ(W_o·[h_{t−1}, x_t] + b_o)        output gate
 * c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t
 * h_t = o_t ⊙ tanh(c_t)
 * </pre>
 * x_t is one-hot, so W·[h_{t−1}, x_t] is Wh·h_{t−1} plus the column of Wx that belongs to the character.
 */
public final class LstmCell {
    private final LstmWeights weights;

    public LstmCell(LstmWeights weights) {
        this.weights = weights;
    }

    /** One step from (h_{t−1}, c_{t−1}) reading character index {@code x}, optionally with a what-if on the gates. */
    public LstmStep step(int x, double[] hPrev, double[] cPrev, WhatIf whatIf) {
        int hidden = weights.hiddenSize();
        // 1) pre-activations of all four gate blocks at once
        double[] z = weights.preActivations(x, hPrev); // (4H) blocks f, i, g, o
        double[] zf = Arrays.copyOfRange(z, 0, hidden);
        double[] zi = Arrays.copyOfRange(z, hidden, 2 * hidden);
        double[] zg = Arrays.copyOfRange(z, 2 * hidden, 3 * hidden);
        double[] zo = Arrays.copyOfRange(z, 3 * hidden, 4 * hidden);
        double[] f = new double[hidden]; // (H)
        double[] i = new double[hidden]; // (H)
        double[] g = new double[hidden]; // (H)
        double[] o = new double[hidden]; // (H)
        double[] c = new double[hidden]; // (H)
        double[] h = new double[hidden]; // (H)
        for (int j = 0; j < hidden; j++) {
            // 2) forget gate, 3) input gate, 4) candidate, 5) output gate
            f[j] = switch (whatIf.forget()) {
                case AS_TRAINED -> sigmoid(zf[j]);
                case ZERO -> 0;
                case ONE -> 1;
            };
            i[j] = whatIf.inputOff() ? 0 : sigmoid(zi[j]);
            g[j] = Math.tanh(zg[j]);
            o[j] = sigmoid(zo[j]);
            // 6) cell state, 7) hidden state
            c[j] = f[j] * cPrev[j] + i[j] * g[j];
            h[j] = o[j] * Math.tanh(c[j]);
        }
        return new LstmStep(x, hPrev, cPrev, zf, zi, zg, zo, f, i, g, o, c, h);
    }

    /** σ(x) = 1 / (1 + e^(−x)). */
    public static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
