package dev.glassbox.training;

import dev.glassbox.model.lstm.CharVocabulary;
import dev.glassbox.model.lstm.LstmWeights;

import java.util.Arrays;
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
 * <p>Dropout (Srivastava et al. 2014) on the readout's input only, never on the recurrent path (Zaremba, Sutskever
 * &amp; Vinyals 2014): while {@link #dropout(double, long)} is set, y = Wyᵀ·(h_t ⊙ m) + by with m_j = 0 with
 * probability p and 1/(1−p) otherwise, drawn from the given seed; backward, dWy += (h ⊙ m) ⊗ dy and
 * dh = (Wy·dy) ⊙ m + dh_{t+1}. The same seed gives the same masks, so a gradient check holds them fixed.
 *
 * <p>Speed (measured with {@code TrainCharLstm -Dlstm.measure=true}): the parameters and Adam stay in 64-bit
 * doubles, but each chunk runs in 32-bit floats on a copy of the weights, all streams of a half-batch at once.
 * Every product is written as an "axpy" over a contiguous row (a row of a weight matrix is reused for all streams
 * of the step while it is in the L1 cache) so that the JIT turns it into SIMD code; the backward pass reads
 * untransposed copies of Wh and Wy for the same reason. The batch is always split into the same two halves, each
 * with its own gradient buffers, added in a fixed order: the result does not depend on how many threads run them.
 */
public final class LstmBptt {
    /** Fixed number of parts a batch is split into (see the class comment: results never depend on threads). */
    static final int PARTS = FixedParts.PARTS;

    public final int v;
    public final int h;
    public final Parameters parameters = new Parameters();
    public final Parameter wxT; // (V, 4H)
    public final Parameter whT; // (H, 4H)
    public final Parameter b;   // (1, 4H)
    public final Parameter wyT; // (H, V)
    public final Parameter by;  // (1, V)

    private final FixedParts threads;
    private final Part[] parts = new Part[PARTS];
    // 32-bit copies of the weights for one chunk
    private final float[][] fWx;     // (V, 4H)
    private final float[][] fWh;     // (H, 4H)
    private final float[][] fWhRows; // (4H, H) = Wh untransposed, for dh_{t−1} = Wh·dz
    private final float[] fB;        // (4H)
    private final float[][] fWy;     // (H, V)
    private final float[][] fWyRows; // (V, H) = Wy untransposed, for dh = Wy·dy
    private final float[] fBy;       // (V)

    private double dropout;
    private long dropoutSeed;

    public LstmBptt(int v, int h) {
        this(v, h, 1);
    }

    /** Drops readout inputs with probability p from now on, with masks drawn from {@code seed} (p = 0: none). */
    public void dropout(double p, long seed) {
        if (p < 0 || p >= 1) {
            throw new IllegalArgumentException("dropout probability must be in [0, 1)");
        }
        this.dropout = p;
        this.dropoutSeed = seed;
    }

    /** @param threads how many threads run the two halves of a batch (1 or 2; the result is the same). */
    public LstmBptt(int v, int h, int threads) {
        this.v = v;
        this.h = h;
        wxT = parameters.add("wx", v, 4 * h);
        whT = parameters.add("wh", h, 4 * h);
        b = parameters.add("b", 1, 4 * h);
        wyT = parameters.add("wy", h, v);
        by = parameters.add("by", 1, v);
        fWx = new float[v][4 * h];
        fWh = new float[h][4 * h];
        fWhRows = new float[4 * h][h];
        fB = new float[4 * h];
        fWy = new float[h][v];
        fWyRows = new float[v][h];
        fBy = new float[v];
        this.threads = new FixedParts(threads, "lstm-bptt");
    }

    /** Uniform(−1/√H, 1/√H) weights, zero biases except a forget-gate bias of 1 (Jozefowicz et al. 2015). */
    public void initialise(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double a = 1 / Math.sqrt(h);
        Parameters.uniform(wxT, a, random);
        Parameters.uniform(whT, a, random);
        Parameters.uniform(wyT, a, random);
        Arrays.fill(b.data, 0);
        for (int j = 0; j < h; j++) {
            b.data[j] = 1; // forget block comes first
        }
        Arrays.fill(by.data, 0);
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
        float scale = 1f / (batch * steps);
        copyWeights();
        int used = threads.run(batch, (p, from, to) -> {
            if (parts[p] == null || parts[p].batch != to - from || parts[p].steps != steps) {
                parts[p] = new Part(to - from, steps);
            }
            Part part = parts[p];
            part.masks(dropout, dropoutSeed * 0x9E3779B97F4A7C15L + p); // each part its own stream of masks
            part.run(inputs, targets, state, from, scale, backward);
        });
        double loss = 0;
        for (int p = 0; p < used; p++) {
            loss += parts[p].loss;
        }
        if (backward) {
            for (int p = 0; p < used; p++) { // in a fixed order
                parts[p].addGradients();
            }
        }
        return loss / (batch * steps);
    }

    private void copyWeights() {
        int g4 = 4 * h;
        for (int x = 0; x < v; x++) {
            for (int r = 0; r < g4; r++) {
                fWx[x][r] = (float) wxT.data[x * g4 + r];
            }
        }
        for (int k = 0; k < h; k++) {
            for (int r = 0; r < g4; r++) {
                float w = (float) whT.data[k * g4 + r];
                fWh[k][r] = w;
                fWhRows[r][k] = w;
            }
            for (int r = 0; r < v; r++) {
                float w = (float) wyT.data[k * v + r];
                fWy[k][r] = w;
                fWyRows[r][k] = w;
            }
        }
        for (int r = 0; r < g4; r++) {
            fB[r] = (float) b.data[r];
        }
        for (int r = 0; r < v; r++) {
            fBy[r] = (float) by.data[r];
        }
    }

    /**
     * One half of a batch: its saved activations and its own gradient buffers, allocated once. Row n·P + s of
     * {@code gates}, {@code cs}, {@code hs}, {@code ps} belongs to stream s at step n (for cs and hs, n = 0 is the
     * state before the chunk).
     */
    private final class Part {
        final int batch;          // P streams
        final int steps;          // T
        final float[][] gates;    // (T·P, 4H) after σ / tanh
        final float[][] cs;       // ((T+1)·P, H)
        final float[][] hs;       // ((T+1)·P, H)
        final float[][] ps;       // (T·P, V)
        final float[][] dWx = new float[v][4 * h]; // (V, 4H)
        final float[][] dWh = new float[h][4 * h]; // (H, 4H)
        final float[] dB = new float[4 * h];       // (4H)
        final float[][] dWy = new float[h][v];     // (H, V)
        final float[] dBy = new float[v];          // (V)
        final float[][] dh;       // (P, H)
        final float[][] dc;       // (P, H)
        final float[][] dhPrev;   // (P, H)
        final float[][] dz;       // (P, 4H)
        final float[][] dy;       // (P, V)
        final float[] column;     // (P) one entry of h for every stream
        final float[][] hd;       // (T·P, H) h_t ⊙ m, the readout's input
        final float[][] masks;    // (T·P, H) dropout masks m, or null without dropout
        final float[] dhOut;      // (H) Wy·dy of one stream
        double loss;

        Part(int batch, int steps) {
            this.batch = batch;
            this.steps = steps;
            gates = new float[steps * batch][4 * h];
            cs = new float[(steps + 1) * batch][h];
            hs = new float[(steps + 1) * batch][h];
            ps = new float[steps * batch][v];
            dh = new float[batch][h];
            dc = new float[batch][h];
            dhPrev = new float[batch][h];
            dz = new float[batch][4 * h];
            dy = new float[batch][v];
            column = new float[batch];
            hd = new float[steps * batch][h];
            masks = new float[steps * batch][h];
            dhOut = new float[h];
        }

        private boolean dropping;

        /** Draws this part's masks for the next chunk: m_j = 0 with probability p, else 1/(1−p). */
        void masks(double p, long seed) {
            dropping = p > 0;
            if (!dropping) {
                return;
            }
            SplittableRandom random = new SplittableRandom(seed);
            float keep = (float) (1 / (1 - p));
            for (float[] row : masks) {
                for (int j = 0; j < h; j++) {
                    row[j] = random.nextDouble() < p ? 0 : keep;
                }
            }
        }

        void run(int[][] inputs, int[][] targets, State state, int from, float scale, boolean backward) {
            for (int s = 0; s < batch; s++) {
                for (int j = 0; j < h; j++) {
                    cs[s][j] = (float) state.c[from + s][j];
                    hs[s][j] = (float) state.h[from + s][j];
                }
            }
            double nll = 0;
            for (int t = 0; t < steps; t++) {
                int prev = t * batch;       // rows of h_{t−1}, c_{t−1}
                int now = (t + 1) * batch;  // rows of h_t, c_t; gates and p of step t are in row t·P + s
                // 1) pre-activations z = Wxᵀ[x] + Whᵀ·h_{t−1} + b, all P streams together
                for (int s = 0; s < batch; s++) {
                    float[] z = gates[prev + s];
                    float[] wx = fWx[inputs[from + s][t]];
                    for (int r = 0; r < z.length; r++) {
                        z[r] = fB[r] + wx[r];
                    }
                }
                for (int k = 0; k < h; k += 4) {
                    for (int s = 0; s < batch; s++) {
                        addRows(gates[prev + s], fWh, k, hs[prev + s], k);
                    }
                }
                // 2) gates: f, i, o squashed by σ, g by tanh; 3) c_t = f ⊙ c_{t−1} + i ⊙ g, h_t = o ⊙ tanh(c_t)
                for (int s = 0; s < batch; s++) {
                    float[] z = gates[prev + s];
                    for (int r = 0; r < z.length; r++) {
                        z[r] = (r >= 2 * h && r < 3 * h) ? (float) Math.tanh(z[r]) : sigmoid(z[r]);
                    }
                    float[] cPrev = cs[prev + s];
                    float[] c = cs[now + s];
                    float[] hNow = hs[now + s];
                    for (int j = 0; j < h; j++) {
                        c[j] = z[j] * cPrev[j] + z[h + j] * z[2 * h + j];
                        hNow[j] = z[3 * h + j] * (float) Math.tanh(c[j]);
                    }
                }
                // 4) readout y = Wyᵀ·(h_t ⊙ m) + by and softmax
                for (int s = 0; s < batch; s++) {
                    System.arraycopy(fBy, 0, ps[prev + s], 0, v);
                    float[] in = hd[prev + s];
                    float[] hNow = hs[now + s];
                    if (dropping) {
                        float[] m = masks[prev + s];
                        for (int j = 0; j < h; j++) {
                            in[j] = hNow[j] * m[j];
                        }
                    } else {
                        System.arraycopy(hNow, 0, in, 0, h);
                    }
                }
                for (int k = 0; k < h; k += 4) {
                    for (int s = 0; s < batch; s++) {
                        addRows(ps[prev + s], fWy, k, hd[prev + s], k);
                    }
                }
                for (int s = 0; s < batch; s++) {
                    softmaxInPlace(ps[prev + s]);
                    nll -= Math.log(ps[prev + s][targets[from + s][t]]);
                }
            }
            loss = nll;
            int last = steps * batch;
            for (int s = 0; s < batch; s++) {
                for (int j = 0; j < h; j++) {
                    state.c[from + s][j] = cs[last + s][j];
                    state.h[from + s][j] = hs[last + s][j];
                }
            }
            if (backward) {
                backward(inputs, targets, from, scale);
            }
        }

        private void backward(int[][] inputs, int[][] targets, int from, float scale) {
            for (float[] row : dWx) {
                Arrays.fill(row, 0);
            }
            for (float[] row : dWh) {
                Arrays.fill(row, 0);
            }
            for (float[] row : dWy) {
                Arrays.fill(row, 0);
            }
            Arrays.fill(dB, 0);
            Arrays.fill(dBy, 0);
            for (int s = 0; s < batch; s++) { // gradients arriving from step t+1
                Arrays.fill(dh[s], 0);
                Arrays.fill(dc[s], 0);
            }
            for (int t = steps - 1; t >= 0; t--) {
                int prev = t * batch;
                int now = (t + 1) * batch;
                // 4') softmax + cross-entropy: dy = (p − onehot) / BT; dBy += dy
                for (int s = 0; s < batch; s++) {
                    float[] p = ps[prev + s];
                    float[] d = dy[s];
                    for (int r = 0; r < v; r++) {
                        d[r] = p[r] * scale;
                    }
                    d[targets[from + s][t]] -= scale;
                    for (int r = 0; r < v; r++) {
                        dBy[r] += d[r];
                    }
                }
                // dWy += (h_t ⊙ m) ⊗ dy; dh = (Wy·dy) ⊙ m + dh_{t+1}
                for (int k = 0; k < h; k++) {
                    for (int s = 0; s < batch; s++) {
                        column[s] = hd[prev + s][k];
                    }
                    for (int s = 0; s < batch; s += 4) {
                        addRows(dWy[k], dy, s, column, s);
                    }
                }
                for (int s = 0; s < batch; s++) {
                    Arrays.fill(dhOut, 0);
                    for (int r = 0; r < v; r += 4) {
                        addRows(dhOut, fWyRows, r, dy[s], r);
                    }
                    float[] dhs = dh[s];
                    if (dropping) {
                        float[] m = masks[prev + s];
                        for (int j = 0; j < h; j++) {
                            dhs[j] += dhOut[j] * m[j];
                        }
                    } else {
                        for (int j = 0; j < h; j++) {
                            dhs[j] += dhOut[j];
                        }
                    }
                }
                // 3') through h = o ⊙ tanh(c) and c = f ⊙ c_{t−1} + i ⊙ g; dc becomes dc_{t−1} = dc ⊙ f
                for (int s = 0; s < batch; s++) {
                    float[] z = gates[prev + s];
                    float[] c = cs[now + s];
                    float[] cPrev = cs[prev + s];
                    float[] dhs = dh[s];
                    float[] dcs = dc[s];
                    float[] dzs = dz[s];
                    for (int j = 0; j < h; j++) {
                        float f = z[j];
                        float i = z[h + j];
                        float g = z[2 * h + j];
                        float o = z[3 * h + j];
                        float tc = (float) Math.tanh(c[j]);
                        float dcj = dhs[j] * o * (1 - tc * tc) + dcs[j];
                        dzs[j] = dcj * cPrev[j] * f * (1 - f);      // forget
                        dzs[h + j] = dcj * g * i * (1 - i);         // input
                        dzs[2 * h + j] = dcj * i * (1 - g * g);     // candidate
                        dzs[3 * h + j] = dhs[j] * tc * o * (1 - o); // output
                        dcs[j] = dcj * f;
                    }
                }
                // 1') through z = Wxᵀ[x] + Whᵀ·h_{t−1} + b: dWx[x] += dz, dB += dz, dWh += h_{t−1} ⊗ dz
                for (int s = 0; s < batch; s++) {
                    float[] dzs = dz[s];
                    float[] dwx = dWx[inputs[from + s][t]];
                    for (int r = 0; r < dzs.length; r++) {
                        dwx[r] += dzs[r];
                        dB[r] += dzs[r];
                    }
                }
                for (int k = 0; k < h; k++) {
                    for (int s = 0; s < batch; s++) {
                        column[s] = hs[prev + s][k];
                    }
                    for (int s = 0; s < batch; s += 4) {
                        addRows(dWh[k], dz, s, column, s);
                    }
                }
                // dh_{t−1} = Wh·dz
                for (int s = 0; s < batch; s++) {
                    Arrays.fill(dhPrev[s], 0);
                }
                for (int r = 0; r < 4 * h; r += 4) {
                    for (int s = 0; s < batch; s++) {
                        addRows(dhPrev[s], fWhRows, r, dz[s], r);
                    }
                }
                for (int s = 0; s < batch; s++) {
                    System.arraycopy(dhPrev[s], 0, dh[s], 0, h);
                }
            }
        }

        void addGradients() {
            add(dWx, wxT.grad);
            add(dWh, whT.grad);
            add(new float[][] {dB}, b.grad);
            add(dWy, wyT.grad);
            add(new float[][] {dBy}, by.grad);
        }
    }

    /**
     * out += Σ_m a[m] · w[m] over the rows m = first … first+3 of w (fewer at the end of w): four rows at a time,
     * so that each entry of {@code out} is loaded and stored once per four rows. This is the one hot loop of
     * training; each row is its own array, indexed from 0 like {@code out}, which lets the JIT prove the loop free
     * of overlapping writes and turn it into SIMD code (about six times faster than offsets into one flat array).
     */
    static void addRows(float[] out, float[][] w, int first, float[] a, int aFirst) {
        int n = out.length;
        if (first + 4 <= w.length) {
            float a0 = a[aFirst];
            float a1 = a[aFirst + 1];
            float a2 = a[aFirst + 2];
            float a3 = a[aFirst + 3];
            float[] w0 = w[first];
            float[] w1 = w[first + 1];
            float[] w2 = w[first + 2];
            float[] w3 = w[first + 3];
            for (int r = 0; r < n; r++) {
                out[r] += a0 * w0[r] + a1 * w1[r] + a2 * w2[r] + a3 * w3[r];
            }
            return;
        }
        for (int m = first; m < w.length; m++) {
            float am = a[aFirst + m - first];
            float[] wm = w[m];
            for (int r = 0; r < n; r++) {
                out[r] += am * wm[r];
            }
        }
    }

    private static void add(float[][] from, double[] to) {
        int n = from[0].length;
        for (int r = 0; r < from.length; r++) {
            for (int k = 0; k < n; k++) {
                to[r * n + k] += from[r][k];
            }
        }
    }

    static float sigmoid(float x) {
        return (float) (1 / (1 + Math.exp(-x)));
    }

    static void softmaxInPlace(float[] y) {
        float max = Float.NEGATIVE_INFINITY;
        for (float x : y) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (int r = 0; r < y.length; r++) {
            float e = (float) Math.exp(y[r] - max);
            y[r] = e;
            sum += e;
        }
        float inverse = (float) (1 / sum);
        for (int r = 0; r < y.length; r++) {
            y[r] *= inverse;
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
