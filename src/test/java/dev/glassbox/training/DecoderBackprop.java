package dev.glassbox.training;

import dev.glassbox.model.decoder.DecoderWeights;
import dev.glassbox.model.lstm.CharVocabulary;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Backpropagation through a pre-LayerNorm decoder-only transformer (GPT-2: Radford et al. 2019, section 2.3) on
 * batches of character sequences, each operation's forward and backward side by side.
 *
 * <p>Forward, for a sequence of T ≤ N characters: x⁰_t = wte[id_t] + wpe[t]; per layer l:
 * a = LN₁(x); [q k v] = a·Wqkv + b; per head, s_ij = q_i·k_j/√dh for j ≤ i (−∞ above the diagonal),
 * P = softmax_j(s), o_i = Σ_j P_ij v_j; x ← x + drop(o·Wo + bo); m = LN₂(x); x ← x + drop(GELU(m·W1 + b1)·W2 + b2);
 * then logits = LN_f(x)·Wu + bu and loss = mean −log softmax(logits_t)[id_{t+1}] over every position of the batch.
 * LN(x) = γ ⊙ (x − μ)/√(σ² + 10⁻⁵) + β; GELU(u) = ½u(1 + tanh(√(2/π)(u + 0.044715u³))) (Hendrycks &amp; Gimpel 2016).
 *
 * <p>Backward: LN: dx = r(dx̂ − mean(dx̂) − x̂·mean(dx̂ ⊙ x̂)) with dx̂ = dy ⊙ γ, r = 1/√(σ² + ε); softmax rows:
 * dS_ij = P_ij(dP_ij − Σ_k P_ik dP_ik); GELU: du = dy·GELU′(u); a product Y = X·W: dX = dY·Wᵀ, dW = Xᵀ·dY; the
 * residual adds pass the gradient to both branches; embeddings add their rows' gradients.
 *
 * <p>Dropout (Srivastava et al. 2014) on each residual branch before the add, while {@link #dropout(double, long)}
 * is set; masks are drawn from the update's seed, so a resumed run and a gradient check see the same ones.
 *
 * <p>Speed: parameters and Adam stay in 64-bit doubles; each batch runs in 32-bit floats on a copy of the weights
 * (with transposed copies for dX = dY·Wᵀ), every product written as a row "axpy" that the JIT turns into SIMD code.
 * The batch is always split into the same {@value #PARTS} parts with their own gradient buffers, added in a fixed
 * order: the result does not depend on how many threads run them.
 */
public final class DecoderBackprop {
    static final int PARTS = FixedParts.PARTS;
    static final float EPS = 1e-5f;
    private static final float GELU_K = (float) Math.sqrt(2 / Math.PI);

    public final DecoderWeights.Shape shape;
    public final Parameters parameters = new Parameters();
    private final List<Parameter> list;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final float[][] w;   // float copy of every parameter
    private final float[][] wT;  // transposed copy of the matrices multiplied in backward, else null
    private final FixedParts threads;
    private final Part[] parts = new Part[PARTS];
    private double dropout;
    private long dropoutSeed;

    public DecoderBackprop(DecoderWeights.Shape shape, int threads) {
        this.shape = shape;
        shape.tensors().forEach((name, dims) -> {
            index.put(name, index.size());
            parameters.add(name, dims[0], dims[1]);
        });
        list = parameters.all();
        w = new float[list.size()][];
        wT = new float[list.size()][];
        for (int p = 0; p < list.size(); p++) {
            w[p] = new float[list.get(p).size()];
            String n = list.get(p).name;
            if (n.endsWith("wqkv") || n.endsWith("wo") || n.endsWith("w1") || n.endsWith("w2") || n.equals("wu")) {
                wT[p] = new float[list.get(p).size()];
            }
        }
        this.threads = new FixedParts(threads, "decoder-backprop");
    }

    /** GPT-2's initialisation: N(0, 0.02²) weights, residual projections scaled by 1/√(2L), zero biases, γ = 1. */
    public void initialise(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double residual = 0.02 / Math.sqrt(2 * shape.layers());
        for (Parameter p : list) {
            String n = p.name;
            if (n.endsWith(".g")) {
                Arrays.fill(p.data, 1);
            } else if (p.rows == 1) {
                Arrays.fill(p.data, 0);
            } else {
                double sd = n.endsWith("wo") || n.endsWith("w2") ? residual : 0.02;
                for (int k = 0; k < p.data.length; k++) {
                    p.data[k] = sd * random.nextGaussian();
                }
            }
        }
    }

    /** Drops residual-branch values with probability p from now on, masks drawn from {@code seed} (0: none). */
    public void dropout(double p, long seed) {
        if (p < 0 || p >= 1) {
            throw new IllegalArgumentException("dropout probability must be in [0, 1)");
        }
        this.dropout = p;
        this.dropoutSeed = seed;
    }

    public Parameter parameter(String name) {
        return list.get(index.get(name));
    }

    /**
     * Forward and backward over a batch; accumulates the gradients of the mean loss into the parameters.
     *
     * @param sequences (B, T+1) character ids: positions 0..T−1 are read, 1..T are the targets
     * @return the mean cross-entropy in nats per character
     */
    public double forwardBackward(int[][] sequences) {
        return run(sequences, true, 0);
    }

    /** Forward only: the summed cross-entropy (nats) of the targets at positions ≥ {@code from} of each sequence. */
    public double lossSum(int[][] sequences, int from) {
        return run(sequences, false, from) * count(sequences, from);
    }

    private static long count(int[][] sequences, int from) {
        long n = 0;
        for (int[] s : sequences) {
            n += Math.max(0, s.length - 1 - from);
        }
        return n;
    }

    private double run(int[][] sequences, boolean backward, int from) {
        FixedParts.toFloats(list, w, wT);
        long total = count(sequences, from);
        if (total == 0) {
            return 0;
        }
        float scale = 1f / total;
        int used = threads.run(sequences.length, (p, lo, hi) -> {
            if (parts[p] == null) {
                parts[p] = new Part();
            }
            parts[p].run(sequences, lo, hi, backward, from, scale, dropoutSeed * 0x9E3779B97F4A7C15L + p);
        });
        double loss = 0;
        for (int p = 0; p < used; p++) {
            loss += parts[p].loss;
        }
        if (backward) {
            for (int p = 0; p < used; p++) { // in a fixed order
                FixedParts.addGradients(list, parts[p].grad);
            }
        }
        return loss / total;
    }

    /** The trained weights as the app reads them. */
    public DecoderWeights toWeights(String name, CharVocabulary vocabulary) {
        return new DecoderWeights(name, vocabulary, shape, FixedParts.tensors(list));
    }

    /** Loads trained weights (for evaluating them exactly as written). */
    public void load(DecoderWeights weights) {
        FixedParts.load(list, weights::tensor);
    }

    /** One thread's share of a batch: its activations for one sequence at a time and its gradient buffers. */
    private final class Part {
        final float[][] grad = new float[list.size()][];
        double loss;
        // activations of one sequence, per layer
        final int d = shape.d();
        final int f = shape.ff();
        final int v = shape.v();
        final int n = shape.context();
        final int heads = shape.heads();
        final int dh = shape.headSize();
        final int layers = shape.layers();
        final float[][] x = new float[layers + 1][n * d];     // (L+1, T, d) residual stream entering each layer
        final float[][] xhat1 = new float[layers][n * d];     // (L, T, d)
        final float[][] r1 = new float[layers][n];            // (L, T) 1/σ of LN₁
        final float[][] a1 = new float[layers][n * d];        // (L, T, d)
        final float[][] qkv = new float[layers][n * 3 * d];   // (L, T, 3d)
        final float[][] att = new float[layers][heads * n * n]; // (L, h, T, T)
        final float[][] o = new float[layers][n * d];         // (L, T, d)
        final float[][] mask1 = new float[layers][n * d];     // (L, T, d) dropout scale or 1
        final float[][] xmid = new float[layers][n * d];      // (L, T, d)
        final float[][] xhat2 = new float[layers][n * d];
        final float[][] r2 = new float[layers][n];
        final float[][] a2 = new float[layers][n * d];
        final float[][] u = new float[layers][n * f];         // (L, T, F) before GELU
        final float[][] gl = new float[layers][n * f];        // (L, T, F) after GELU
        final float[][] mask2 = new float[layers][n * d];
        final float[] xhatf = new float[n * d];
        final float[] rf = new float[n];
        final float[] af = new float[n * d];
        final float[] logits = new float[n * v];              // (T, V), then the probabilities
        // backward scratch
        final float[] dx = new float[n * d];
        final float[] dA = new float[n * d];
        final float[] dBig = new float[n * Math.max(f, 3 * d)];
        final float[] dBig2 = new float[n * Math.max(f, 3 * d)];
        final float[] dO = new float[n * d];
        final float[] kT = new float[dh * n];
        final float[] vT = new float[dh * n];
        final float[] row = new float[n];

        Part() {
            for (int p = 0; p < list.size(); p++) {
                grad[p] = new float[list.get(p).size()];
            }
        }

        float[] w(String name) {
            return w[index.get(name)];
        }

        float[] wT(String name) {
            return wT[index.get(name)];
        }

        float[] g(String name) {
            return grad[index.get(name)];
        }

        void run(int[][] sequences, int lo, int hi, boolean backward, int from, float scale, long seed) {
            loss = 0;
            if (backward) {
                for (float[] g : grad) {
                    Arrays.fill(g, 0);
                }
            }
            SplittableRandom random = new SplittableRandom(seed);
            for (int s = lo; s < hi; s++) {
                int[] seq = sequences[s];
                int t = seq.length - 1;
                forward(seq, t, random);
                // loss and dlogits (in place): p − onehot, scaled by 1/total
                for (int i = 0; i < t; i++) {
                    int off = i * v;
                    softmaxInPlace(logits, off, v);
                    if (i >= from) {
                        loss -= Math.log(Math.max(logits[off + seq[i + 1]], 1e-30f));
                    }
                    if (backward) {
                        for (int c = 0; c < v; c++) {
                            logits[off + c] *= scale;
                        }
                        logits[off + seq[i + 1]] -= scale;
                    }
                }
                if (backward) {
                    backward(seq, t);
                }
            }
        }

        void forward(int[] seq, int t, SplittableRandom random) {
            float[] wte = w("wte");
            float[] wpe = w("wpe");
            for (int i = 0; i < t; i++) {
                int id = seq[i];
                for (int c = 0; c < d; c++) {
                    x[0][i * d + c] = wte[id * d + c] + wpe[i * d + c];
                }
            }
            float keep = (float) (1 - dropout);
            for (int l = 0; l < layers; l++) {
                String p = "h" + l + ".";
                // 1) LN₁
                layerNorm(x[l], t, d, w(p + "ln1.g"), w(p + "ln1.b"), xhat1[l], r1[l], a1[l]);
                // 2) project to queries, keys and values
                matmul(a1[l], t, d, w(p + "wqkv"), w(p + "bqkv"), 3 * d, qkv[l]);
                // 3) causal attention per head
                attention(qkv[l], t, n, heads, dh, att[l], o[l], kT);
                // 4) output projection, dropout, residual add
                matmul(o[l], t, d, w(p + "wo"), w(p + "bo"), d, xmid[l]);
                fillMask(mask1[l], t * d, keep, random);
                for (int k = 0; k < t * d; k++) {
                    xmid[l][k] = x[l][k] + xmid[l][k] * mask1[l][k];
                }
                // 5) LN₂, feed-forward with GELU, dropout, residual add
                layerNorm(xmid[l], t, d, w(p + "ln2.g"), w(p + "ln2.b"), xhat2[l], r2[l], a2[l]);
                matmul(a2[l], t, d, w(p + "w1"), w(p + "b1"), f, u[l]);
                for (int k = 0; k < t * f; k++) {
                    gl[l][k] = gelu(u[l][k]);
                }
                matmul(gl[l], t, f, w(p + "w2"), w(p + "b2"), d, x[l + 1]);
                fillMask(mask2[l], t * d, keep, random);
                for (int k = 0; k < t * d; k++) {
                    x[l + 1][k] = xmid[l][k] + x[l + 1][k] * mask2[l][k];
                }
            }
            // 6) final LN and unembedding
            layerNorm(x[layers], t, d, w("lnf.g"), w("lnf.b"), xhatf, rf, af);
            matmul(af, t, d, w("wu"), w("bu"), v, logits);
        }

        void fillMask(float[] mask, int count, float keep, SplittableRandom random) {
            if (keep >= 1) {
                Arrays.fill(mask, 0, count, 1f);
                return;
            }
            float kept = 1 / keep;
            for (int k = 0; k < count; k++) {
                mask[k] = random.nextDouble() < keep ? kept : 0f;
            }
        }

        void backward(int[] seq, int t) {
            // unembedding: dWu += afᵀ·dlogits, dbu += Σ dlogits, daf = dlogits·Wuᵀ
            weightGrad(af, t, d, logits, v, g("wu"), g("bu"));
            inputGrad(logits, t, v, wT("wu"), d, dA);
            layerNormBackward(dA, t, d, xhatf, rf, w("lnf.g"), g("lnf.g"), g("lnf.b"), dx, false);
            for (int l = layers - 1; l >= 0; l--) {
                String p = "h" + l + ".";
                // x[l+1] = xmid + drop(GELU(a2·W1 + b1)·W2 + b2)
                for (int k = 0; k < t * d; k++) {
                    dA[k] = dx[k] * mask2[l][k];
                }
                weightGrad(gl[l], t, f, dA, d, g(p + "w2"), g(p + "b2"));
                inputGrad(dA, t, d, wT(p + "w2"), f, dBig);
                for (int k = 0; k < t * f; k++) {
                    dBig[k] *= geluDerivative(u[l][k]);
                }
                weightGrad(a2[l], t, d, dBig, f, g(p + "w1"), g(p + "b1"));
                inputGrad(dBig, t, f, wT(p + "w1"), d, dA);
                layerNormBackward(dA, t, d, xhat2[l], r2[l], w(p + "ln2.g"), g(p + "ln2.g"), g(p + "ln2.b"), dx, true);
                // xmid = x[l] + drop(o·Wo + bo)
                for (int k = 0; k < t * d; k++) {
                    dA[k] = dx[k] * mask1[l][k];
                }
                weightGrad(o[l], t, d, dA, d, g(p + "wo"), g(p + "bo"));
                inputGrad(dA, t, d, wT(p + "wo"), d, dO);
                attentionBackward(qkv[l], att[l], dO, t, n, heads, dh, dBig2, vT, row);
                weightGrad(a1[l], t, d, dBig2, 3 * d, g(p + "wqkv"), g(p + "bqkv"));
                inputGrad(dBig2, t, 3 * d, wT(p + "wqkv"), d, dA);
                layerNormBackward(dA, t, d, xhat1[l], r1[l], w(p + "ln1.g"), g(p + "ln1.g"), g(p + "ln1.b"), dx, true);
            }
            float[] gte = g("wte");
            float[] gpe = g("wpe");
            for (int i = 0; i < t; i++) {
                int id = seq[i];
                for (int c = 0; c < d; c++) {
                    gte[id * d + c] += dx[i * d + c];
                    gpe[i * d + c] += dx[i * d + c];
                }
            }
        }
    }

    /**
     * Causal attention of every head: out (T, d) from qkv (T, 3d); keeps the weights in att (h, N, N), rows of
     * length i + 1. {@code kT} is scratch of dh × N.
     */
    static void attention(float[] qkvL, int t, int n, int heads, int dh, float[] attL, float[] out, float[] kT) {
        int d = heads * dh;
        float scale = (float) (1 / Math.sqrt(dh));
        int d3 = 3 * d;
        Arrays.fill(out, 0, t * d, 0f);
        for (int hh = 0; hh < heads; hh++) {
            int qo = hh * dh;
            int ko = d + hh * dh;
            int vo = 2 * d + hh * dh;
            for (int j = 0; j < t; j++) {
                for (int c = 0; c < dh; c++) {
                    kT[c * n + j] = qkvL[j * d3 + ko + c];
                }
            }
            for (int i = 0; i < t; i++) {
                int po = (hh * n + i) * n;
                Arrays.fill(attL, po, po + i + 1, 0f);
                for (int c = 0; c < dh; c++) {
                    float a = qkvL[i * d3 + qo + c] * scale;
                    int kc = c * n;
                    for (int j = 0; j <= i; j++) {
                        attL[po + j] += a * kT[kc + j];
                    }
                }
                softmaxInPlace(attL, po, i + 1);
                int oo = i * d + hh * dh;
                for (int j = 0; j <= i; j++) {
                    float pij = attL[po + j];
                    int vj = j * d3 + vo;
                    for (int c = 0; c < dh; c++) {
                        out[oo + c] += pij * qkvL[vj + c];
                    }
                }
            }
        }
    }

    /** dqkv (T, 3d) from dO (T, d) through {@link #attention}; {@code vT} (dh × N) and {@code row} (N) are scratch. */
    static void attentionBackward(float[] qkvL, float[] attL, float[] dOut, int t, int n, int heads, int dh,
                                  float[] dqkv, float[] vT, float[] row) {
        int d = heads * dh;
        float scale = (float) (1 / Math.sqrt(dh));
        int d3 = 3 * d;
        Arrays.fill(dqkv, 0, t * d3, 0f);
        for (int hh = 0; hh < heads; hh++) {
            int qo = hh * dh;
            int ko = d + hh * dh;
            int vo = 2 * d + hh * dh;
            for (int j = 0; j < t; j++) {
                for (int c = 0; c < dh; c++) {
                    vT[c * n + j] = qkvL[j * d3 + vo + c];
                }
            }
            for (int i = 0; i < t; i++) {
                int po = (hh * n + i) * n;
                int oo = i * d + hh * dh;
                // dP_ij = dO_i · v_j
                Arrays.fill(row, 0, i + 1, 0f);
                for (int c = 0; c < dh; c++) {
                    float a = dOut[oo + c];
                    int vc = c * n;
                    for (int j = 0; j <= i; j++) {
                        row[j] += a * vT[vc + j];
                    }
                }
                float dot = 0;
                for (int j = 0; j <= i; j++) {
                    dot += attL[po + j] * row[j];
                }
                for (int j = 0; j <= i; j++) {
                    float pij = attL[po + j];
                    float ds = pij * (row[j] - dot) * scale;
                    int qi = i * d3;
                    int kj = j * d3;
                    // dv_j += P_ij dO_i; dq_i += dS_ij k_j; dk_j += dS_ij q_i
                    for (int c = 0; c < dh; c++) {
                        dqkv[kj + vo + c] += pij * dOut[oo + c];
                        dqkv[qi + qo + c] += ds * qkvL[kj + ko + c];
                        dqkv[kj + ko + c] += ds * qkvL[qi + qo + c];
                    }
                }
            }
        }
    }

    /**
     * y (T, out) = x (T, in)·W (in, out) + b. Four rows at a time, accumulated in four separate arrays indexed
     * alike, so that each row of W is read once per four rows and the JIT can vectorise the inner loop.
     */
    static void matmul(float[] x, int t, int in, float[] wm, float[] b, int out, float[] y) {
        float[][] acc = new float[4][out];
        for (int i = 0; i < t; i += 4) {
            int rows = Math.min(4, t - i);
            for (int r = 0; r < 4; r++) {
                System.arraycopy(b, 0, acc[r], 0, out);
            }
            float[] y0 = acc[0];
            float[] y1 = acc[1];
            float[] y2 = acc[2];
            float[] y3 = acc[3];
            for (int k = 0; k < in; k++) {
                float a0 = x[i * in + k];
                float a1 = rows > 1 ? x[(i + 1) * in + k] : 0;
                float a2 = rows > 2 ? x[(i + 2) * in + k] : 0;
                float a3 = rows > 3 ? x[(i + 3) * in + k] : 0;
                int wo = k * out;
                for (int j = 0; j < out; j++) {
                    float wv = wm[wo + j];
                    y0[j] += a0 * wv;
                    y1[j] += a1 * wv;
                    y2[j] += a2 * wv;
                    y3[j] += a3 * wv;
                }
            }
            for (int r = 0; r < rows; r++) {
                System.arraycopy(acc[r], 0, y, (i + r) * out, out);
            }
        }
    }

    /** dW (in, out) += xᵀ·dy; db += Σ_t dy. Four rows of dy at a time, as in {@link #matmul}. */
    static void weightGrad(float[] x, int t, int in, float[] dy, int out, float[] dW, float[] db) {
        float[][] rowsOfDy = new float[4][out];
        for (int i = 0; i < t; i += 4) {
            int rows = Math.min(4, t - i);
            for (int r = 0; r < 4; r++) {
                if (r < rows) {
                    System.arraycopy(dy, (i + r) * out, rowsOfDy[r], 0, out);
                } else {
                    Arrays.fill(rowsOfDy[r], 0f);
                }
            }
            float[] d0 = rowsOfDy[0];
            float[] d1 = rowsOfDy[1];
            float[] d2 = rowsOfDy[2];
            float[] d3 = rowsOfDy[3];
            for (int j = 0; j < out; j++) {
                db[j] += d0[j] + d1[j] + d2[j] + d3[j];
            }
            for (int k = 0; k < in; k++) {
                float a0 = x[i * in + k];
                float a1 = rows > 1 ? x[(i + 1) * in + k] : 0;
                float a2 = rows > 2 ? x[(i + 2) * in + k] : 0;
                float a3 = rows > 3 ? x[(i + 3) * in + k] : 0;
                int wo = k * out;
                for (int j = 0; j < out; j++) {
                    dW[wo + j] += a0 * d0[j] + a1 * d1[j] + a2 * d2[j] + a3 * d3[j];
                }
            }
        }
    }

    /** dx (T, in) = dy (T, out)·Wᵀ, with Wᵀ given as (out, in): {@link #matmul} with a zero bias. */
    static void inputGrad(float[] dy, int t, int out, float[] wTm, int in, float[] dx) {
        matmul(dy, t, out, wTm, new float[in], in, dx);
    }

    /** y = γ ⊙ x̂ + β with x̂ = (x − μ)·r, r = 1/√(σ² + ε), per row of d values; keeps x̂ and r. */
    static void layerNorm(float[] x, int t, int d, float[] gamma, float[] beta, float[] xhat, float[] r, float[] y) {
        for (int i = 0; i < t; i++) {
            int o = i * d;
            float mean = 0;
            for (int c = 0; c < d; c++) {
                mean += x[o + c];
            }
            mean /= d;
            float var = 0;
            for (int c = 0; c < d; c++) {
                float z = x[o + c] - mean;
                var += z * z;
            }
            var /= d;
            float ri = (float) (1 / Math.sqrt(var + EPS));
            r[i] = ri;
            for (int c = 0; c < d; c++) {
                float z = (x[o + c] - mean) * ri;
                xhat[o + c] = z;
                y[o + c] = gamma[c] * z + beta[c];
            }
        }
    }

    /** dx (+)= r(dx̂ − mean(dx̂) − x̂·mean(dx̂ ⊙ x̂)) with dx̂ = dy ⊙ γ; dγ += Σ dy ⊙ x̂, dβ += Σ dy. */
    static void layerNormBackward(float[] dy, int t, int d, float[] xhat, float[] r, float[] gamma, float[] dGamma,
                                  float[] dBeta, float[] dx, boolean add) {
        for (int i = 0; i < t; i++) {
            int o = i * d;
            float mean = 0;
            float meanX = 0;
            for (int c = 0; c < d; c++) {
                float g = dy[o + c] * gamma[c];
                mean += g;
                meanX += g * xhat[o + c];
                dGamma[c] += dy[o + c] * xhat[o + c];
                dBeta[c] += dy[o + c];
            }
            mean /= d;
            meanX /= d;
            for (int c = 0; c < d; c++) {
                float g = dy[o + c] * gamma[c];
                float v = r[i] * (g - mean - xhat[o + c] * meanX);
                dx[o + c] = add ? dx[o + c] + v : v;
            }
        }
    }

    static float gelu(float u) {
        return 0.5f * u * (1 + tanh(GELU_K * (u + 0.044715f * u * u * u)));
    }

    /** tanh z = 1 − 2/(e^{2z} + 1): Math.exp is a JIT intrinsic, Math.tanh is not (measured: a quarter of an update). */
    static float tanh(float z) {
        return 1 - 2 / ((float) Math.exp(2 * z) + 1);
    }

    static float geluDerivative(float u) {
        float th = tanh(GELU_K * (u + 0.044715f * u * u * u));
        return 0.5f * (1 + th) + 0.5f * u * (1 - th * th) * GELU_K * (1 + 3 * 0.044715f * u * u);
    }

    /** Softmax of a[off, off+len) in place (max subtracted first). */
    static void softmaxInPlace(float[] a, int off, int len) {
        float max = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < len; k++) {
            max = Math.max(max, a[off + k]);
        }
        float sum = 0;
        for (int k = 0; k < len; k++) {
            float e = (float) Math.exp(a[off + k] - max);
            a[off + k] = e;
            sum += e;
        }
        float inv = 1 / sum;
        for (int k = 0; k < len; k++) {
            a[off + k] *= inv;
        }
    }
}
