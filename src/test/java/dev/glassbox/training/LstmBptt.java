package dev.glassbox.training;

import dev.glassbox.model.lstm.CharVocabulary;
import dev.glassbox.model.lstm.LstmWeights;

import java.util.SplittableRandom;

/**
 * Truncated backpropagation through time (Werbos 1990; Williams &amp; Peng 1990) for a one-layer LSTM with one-hot
 * character inputs and a softmax readout, on a batch of B streams of T characters each.
 *
 * <p>Forward, per stream and time step t (gate blocks f, i, g, o):
 * z = Wxᵀ[x_t] + Whᵀ·h_{t−1} + b; f = σ(z_f), i = σ(z_i), g = tanh(z_g), o = σ(z_o);
 * c_t = f ⊙ c_{t−1} + i ⊙ g; h_t = o ⊙ tanh(c_t); p_t = softmax(Wyᵀ·h_t + by); loss = mean −log p_t[x_{t+1}].
 *
 * <p>Backward, from t = T−1 down to 0, carrying dh and dc from step t+1 (the "through time" part):
 * dy = (p − onehot(target)) / BT; dh = Wy·dy + dh_{t+1}; do = dh ⊙ tanh(c_t);
 * dc = dh ⊙ o ⊙ (1 − tanh²c_t) + dc_{t+1}; df = dc ⊙ c_{t−1}; di = dc ⊙ g; dg = dc ⊙ i;
 * dz = [df·f(1−f), di·i(1−i), dg·(1−g²), do·o(1−o)]; dh_t = Wh·dz; dc_t = dc ⊙ f.
 * Truncation: the states at the end of a chunk start the next chunk, but no gradient flows across chunks.
 *
 * <p>Weights are stored transposed (one row per input character or hidden unit, 4H gate entries per row) so
 * the inner loops are contiguous "axpy" loops the JIT can vectorise.
 */
public final class LstmBptt {
    public final int v;
    public final int h;
    public final Parameters parameters = new Parameters();
    public final Parameter wxT; // (V, 4H)
    public final Parameter whT; // (H, 4H)
    public final Parameter b;   // (1, 4H)
    public final Parameter wyT; // (H, V)
    public final Parameter by;  // (1, V)

    public LstmBptt(int v, int h) {
        this.v = v;
        this.h = h;
        wxT = parameters.add("wx", v, 4 * h);
        whT = parameters.add("wh", h, 4 * h);
        b = parameters.add("b", 1, 4 * h);
        wyT = parameters.add("wy", h, v);
        by = parameters.add("by", 1, v);
    }

    /** Uniform(−1/√H, 1/√H) weights, zero biases except a forget-gate bias of 1 (Jozefowicz et al. 2015). */
    public void initialise(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double a = 1 / Math.sqrt(h);
        Parameters.uniform(wxT, a, random);
        Parameters.uniform(whT, a, random);
        Parameters.uniform(wyT, a, random);
        java.util.Arrays.fill(b.data, 0);
        for (int j = 0; j < h; j++) {
            b.data[j] = 1; // forget block comes first
        }
        java.util.Arrays.fill(by.data, 0);
    }

    /** The recurrent state of B streams. */
    public static final class State {
        public final double[][] h; // (B, H)
        public final double[][] c; // (B, H)

        public State(int batch, int hidden) {
            h = new double[batch][hidden];
            c = new double[batch][hidden];
        }
    }

    /**
     * Forward and backward over one chunk; accumulates gradients of the mean loss into the parameters and
     * moves {@code state} to the end of the chunk.
     *
     * @param inputs  (B, T) character indices
     * @param targets (B, T) the next character of each input
     * @return the mean cross-entropy in nats per character
     */
    public double forwardBackward(int[][] inputs, int[][] targets, State state) {
        return run(inputs, targets, state, true);
    }

    /** Forward only: the summed cross-entropy (nats) over the chunk; moves {@code state}. */
    public double forwardLossSum(int[][] inputs, int[][] targets, State state) {
        return run(inputs, targets, state, false) * inputs.length * inputs[0].length;
    }

    private double run(int[][] inputs, int[][] targets, State state, boolean backward) {
        int batch = inputs.length;
        int steps = inputs[0].length;
        int g4 = 4 * h;
        double scale = 1.0 / (batch * steps);
        double[] wx = wxT.data;
        double[] wh = whT.data;
        double[] wy = wyT.data;
        // Saved activations for the backward pass.
        double[][][] gates = new double[batch][steps][];  // (B, T, 4H) after σ / tanh
        double[][][] cs = new double[batch][steps + 1][]; // (B, T+1, H); index 0 = c before the chunk
        double[][][] hs = new double[batch][steps + 1][]; // (B, T+1, H)
        double[][][] ps = new double[batch][steps][];     // (B, T, V)
        double loss = 0;
        for (int s = 0; s < batch; s++) {
            cs[s][0] = state.c[s].clone();
            hs[s][0] = state.h[s].clone();
            for (int t = 0; t < steps; t++) {
                double[] hPrev = hs[s][t];
                double[] cPrev = cs[s][t];
                // 1) pre-activations z = Wxᵀ[x] + Whᵀ·h + b
                double[] z = new double[g4];
                System.arraycopy(b.data, 0, z, 0, g4);
                int xo = inputs[s][t] * g4;
                for (int r = 0; r < g4; r++) {
                    z[r] += wx[xo + r];
                }
                for (int k = 0; k < h; k++) {
                    double hk = hPrev[k];
                    if (hk == 0) {
                        continue;
                    }
                    int ko = k * g4;
                    for (int r = 0; r < g4; r++) {
                        z[r] += hk * wh[ko + r];
                    }
                }
                // 2) gates: f, i, o squashed by σ, g by tanh
                for (int r = 0; r < g4; r++) {
                    z[r] = (r >= 2 * h && r < 3 * h) ? Math.tanh(z[r]) : sigmoid(z[r]);
                }
                // 3) cell and hidden state
                double[] c = new double[h];
                double[] hNew = new double[h];
                for (int j = 0; j < h; j++) {
                    c[j] = z[j] * cPrev[j] + z[h + j] * z[2 * h + j];
                    hNew[j] = z[3 * h + j] * Math.tanh(c[j]);
                }
                // 4) readout and softmax
                double[] y = by.data.clone();
                for (int k = 0; k < h; k++) {
                    double hk = hNew[k];
                    int ko = k * v;
                    for (int r = 0; r < v; r++) {
                        y[r] += hk * wy[ko + r];
                    }
                }
                softmaxInPlace(y);
                loss -= Math.log(y[targets[s][t]]);
                gates[s][t] = z;
                cs[s][t + 1] = c;
                hs[s][t + 1] = hNew;
                ps[s][t] = y;
            }
            state.c[s] = cs[s][steps].clone();
            state.h[s] = hs[s][steps].clone();
        }
        if (backward) {
            backward(inputs, targets, gates, cs, hs, ps, scale);
        }
        return loss * scale;
    }

    private void backward(int[][] inputs, int[][] targets, double[][][] gates, double[][][] cs, double[][][] hs,
                          double[][][] ps, double scale) {
        int batch = inputs.length;
        int steps = inputs[0].length;
        int g4 = 4 * h;
        double[] wh = whT.data;
        double[] wy = wyT.data;
        double[] dWx = wxT.grad;
        double[] dWh = whT.grad;
        double[] dB = b.grad;
        double[] dWy = wyT.grad;
        double[] dBy = by.grad;
        for (int s = 0; s < batch; s++) {
            double[] dhNext = new double[h]; // (H) gradient arriving from step t+1
            double[] dcNext = new double[h]; // (H)
            for (int t = steps - 1; t >= 0; t--) {
                double[] z = gates[s][t];
                double[] c = cs[s][t + 1];
                double[] cPrev = cs[s][t];
                double[] hPrev = hs[s][t];
                double[] hNow = hs[s][t + 1];
                // 4') softmax + cross-entropy: dy = (p − onehot) / BT
                double[] dy = ps[s][t].clone();
                dy[targets[s][t]] -= 1;
                for (int r = 0; r < v; r++) {
                    dy[r] *= scale;
                    dBy[r] += dy[r];
                }
                // dWy += h ⊗ dy; dh = Wy·dy + dh_{t+1}
                double[] dh = dhNext;
                for (int k = 0; k < h; k++) {
                    int ko = k * v;
                    double hk = hNow[k];
                    double acc = 0;
                    for (int r = 0; r < v; r++) {
                        dWy[ko + r] += hk * dy[r];
                        acc += wy[ko + r] * dy[r];
                    }
                    dh[k] += acc;
                }
                // 3') through h = o ⊙ tanh(c) and c = f ⊙ c_{t−1} + i ⊙ g
                double[] dz = new double[g4];
                double[] dcPrev = new double[h];
                for (int j = 0; j < h; j++) {
                    double f = z[j];
                    double i = z[h + j];
                    double g = z[2 * h + j];
                    double o = z[3 * h + j];
                    double tc = Math.tanh(c[j]);
                    double dc = dh[j] * o * (1 - tc * tc) + dcNext[j];
                    dz[j] = dc * cPrev[j] * f * (1 - f);          // forget
                    dz[h + j] = dc * g * i * (1 - i);             // input
                    dz[2 * h + j] = dc * i * (1 - g * g);         // candidate
                    dz[3 * h + j] = dh[j] * tc * o * (1 - o);     // output
                    dcPrev[j] = dc * f;
                }
                // 1') through z = Wxᵀ[x] + Whᵀ·h_{t−1} + b
                int xo = inputs[s][t] * g4;
                for (int r = 0; r < g4; r++) {
                    dWx[xo + r] += dz[r];
                    dB[r] += dz[r];
                }
                double[] dhPrev = new double[h];
                for (int k = 0; k < h; k++) {
                    int ko = k * g4;
                    double hk = hPrev[k];
                    double a0 = 0;
                    double a1 = 0;
                    for (int r = 0; r < g4; r += 2) { // two accumulators: independent add chains run in parallel
                        dWh[ko + r] += hk * dz[r];
                        dWh[ko + r + 1] += hk * dz[r + 1];
                        a0 += wh[ko + r] * dz[r];
                        a1 += wh[ko + r + 1] * dz[r + 1];
                    }
                    dhPrev[k] = a0 + a1;
                }
                dhNext = dhPrev;
                dcNext = dcPrev;
            }
        }
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    static void softmaxInPlace(double[] y) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : y) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (int r = 0; r < y.length; r++) {
            y[r] = Math.exp(y[r] - max);
            sum += y[r];
        }
        for (int r = 0; r < y.length; r++) {
            y[r] /= sum;
        }
    }

    /** The trained parameters in the model's layout (gate rows, one column per input). */
    public LstmWeights toWeights(String name, CharVocabulary vocabulary) {
        return new LstmWeights(name, vocabulary, transpose(wxT), transpose(whT), b.data.clone(), transpose(wyT),
                by.data.clone());
    }

    /** Loads weights (e.g. the committed ones) into this trainer. */
    public void load(LstmWeights weights) {
        untranspose(weights.wx(), wxT);
        untranspose(weights.wh(), whT);
        System.arraycopy(weights.b(), 0, b.data, 0, b.data.length);
        untranspose(weights.wy(), wyT);
        System.arraycopy(weights.by(), 0, by.data, 0, by.data.length);
    }

    private static double[][] transpose(Parameter p) {
        double[][] m = new double[p.columns][p.rows];
        for (int r = 0; r < p.rows; r++) {
            for (int c = 0; c < p.columns; c++) {
                m[c][r] = p.data[r * p.columns + c];
            }
        }
        return m;
    }

    private static void untranspose(double[][] m, Parameter p) {
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[r].length; c++) {
                p.data[c * p.columns + r] = m[r][c];
            }
        }
    }
}
