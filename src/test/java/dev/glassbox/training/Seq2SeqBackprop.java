package dev.glassbox.training;

import static dev.glassbox.training.DecoderBackprop.inputGrad;
import static dev.glassbox.training.DecoderBackprop.layerNorm;
import static dev.glassbox.training.DecoderBackprop.layerNormBackward;
import static dev.glassbox.training.DecoderBackprop.matmul;
import static dev.glassbox.training.DecoderBackprop.softmaxInPlace;
import static dev.glassbox.training.DecoderBackprop.weightGrad;

import dev.glassbox.model.position.PositionalEncoding;
import dev.glassbox.model.seq2seq.Seq2SeqWeights;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Backpropagation through the encoder–decoder transformer of Vaswani et al. 2017 (Figure 1, post-LayerNorm
 * "Add &amp; Norm", ReLU feed-forward, sinusoidal positions, one embedding matrix shared by both inputs and the output
 * layer) on batches of (source, target) pairs, each operation's forward and backward side by side.
 *
 * <p>Forward: x⁰ = √d·E[src] + PE; per encoder layer x ← LN₁(x + SelfAttn(x)); x ← LN₂(x + FFN(x)); the memory
 * m is the last x. y⁰ = √d·E[&lt;s&gt; y₁ … yₙ] + PE; per decoder layer y ← LN₁(y + MaskedSelfAttn(y));
 * y ← LN₂(y + CrossAttn(y, m)); y ← LN₃(y + FFN(y)); logits = y·Eᵀ; loss = mean −log softmax(logits_t)[label_t]
 * over every output position of the batch, the labels being y₁ … yₙ &lt;/s&gt;. Attention(Q, K, V) = softmax(QKᵀ/√dK
 * + M)V per head with M = −∞ above the diagonal in the decoder's self-attention; FFN(x) = max(0, xW₁ + b₁)W₂ + b₂.
 *
 * <p>Backward: the rules of {@link DecoderBackprop} (LayerNorm, softmax rows, products, residual adds); ReLU passes
 * the gradient where its input is positive; the memory's gradient is the sum of every decoder layer's keys' and
 * values' gradients; E's gradient is the sum of its three uses. Each batch runs in 32-bit floats, split into the
 * same {@value #PARTS} parts whatever the number of threads, added in a fixed order.
 */
public final class Seq2SeqBackprop {
    static final int PARTS = FixedParts.PARTS;
    static final int MAX_SOURCE = 64;
    static final int MAX_TARGET = 16;

    public final Seq2SeqWeights.Shape shape;
    public final Parameters parameters = new Parameters();
    private final List<Parameter> list;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final float[][] w;   // float copy of every parameter
    private final float[][] wT;  // transposed copy of every matrix, else null
    private final float[] pe;    // (MAX_SOURCE, d) sinusoidal positions
    private final float root;    // √d
    private final FixedParts threads;
    private final Part[] parts = new Part[PARTS];
    private float reluMargin;

    public Seq2SeqBackprop(Seq2SeqWeights.Shape shape, int threads) {
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
            if (list.get(p).rows > 1) {
                wT[p] = new float[list.get(p).size()];
            }
        }
        double[][] table = PositionalEncoding.sinusoidal(MAX_SOURCE, shape.d());
        pe = new float[MAX_SOURCE * shape.d()];
        for (int i = 0; i < MAX_SOURCE; i++) {
            for (int c = 0; c < shape.d(); c++) {
                pe[i * shape.d() + c] = (float) table[i][c];
            }
        }
        root = (float) Math.sqrt(shape.d());
        this.threads = new FixedParts(threads, "seq2seq-backprop");
    }

    /**
     * Glorot-uniform matrices (Glorot &amp; Bengio 2010), the shared embedding N(0, 1/d) so that √d·E has unit
     * variance, zero biases, γ = 1.
     */
    public void initialise(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (Parameter p : list) {
            if (p.name.equals("embedding")) {
                double sd = 1 / Math.sqrt(shape.d());
                for (int k = 0; k < p.data.length; k++) {
                    p.data[k] = sd * random.nextGaussian();
                }
            } else if (p.rows > 1) {
                Parameters.uniform(p, Math.sqrt(6.0 / (p.rows + p.columns)), random);
            } else {
                Arrays.fill(p.data, p.name.endsWith(".g") ? 1 : 0);
            }
        }
    }

    public Parameter parameter(String name) {
        return list.get(index.get(name));
    }

    /**
     * Forward and backward over a batch; accumulates the gradients of the mean loss into the parameters.
     *
     * @param sources the source ids of each example
     * @param targets each example's &lt;s&gt;, output ids, &lt;/s&gt;: positions 0..n−1 are read, 1..n are the labels
     * @return the mean cross-entropy in nats per output token
     */
    public double forwardBackward(int[][] sources, int[][] targets) {
        return run(sources, targets, true, null);
    }

    /** Forward only: the summed cross-entropy (nats) of every output token. */
    public double lossSum(int[][] sources, int[][] targets) {
        return run(sources, targets, false, null) * count(targets);
    }

    /** Forward only: the logits (n, V) of each example, row-major. */
    public float[][] logits(int[][] sources, int[][] targets) {
        float[][] out = new float[sources.length][];
        run(sources, targets, false, out);
        return out;
    }

    /**
     * The smallest |u| over every ReLU input of the last batch. A finite-difference check is only fair where no
     * perturbation carries a ReLU input across its kink at 0, which a margin well above the perturbation ensures.
     */
    double reluMargin() {
        return reluMargin;
    }

    private static long count(int[][] targets) {
        long n = 0;
        for (int[] t : targets) {
            n += t.length - 1;
        }
        return n;
    }

    private double run(int[][] sources, int[][] targets, boolean backward, float[][] logitsOut) {
        FixedParts.toFloats(list, w, wT);
        long total = count(targets);
        float scale = 1f / total;
        int used = threads.run(sources.length, (p, lo, hi) -> {
            if (parts[p] == null) {
                parts[p] = new Part();
            }
            parts[p].run(sources, targets, lo, hi, backward, scale, logitsOut);
        });
        double loss = 0;
        for (int p = 0; p < used; p++) {
            loss += parts[p].loss;
        }
        reluMargin = Float.POSITIVE_INFINITY;
        for (int p = 0; p < used; p++) {
            reluMargin = Math.min(reluMargin, parts[p].margin);
        }
        if (backward) {
            for (int p = 0; p < used; p++) { // in a fixed order
                FixedParts.addGradients(list, parts[p].grad);
            }
        }
        return loss / total;
    }

    /** The trained weights as the app reads them. */
    public Seq2SeqWeights toWeights(String name) {
        return new Seq2SeqWeights(name, shape, FixedParts.tensors(list));
    }

    /** Loads trained weights (for evaluating them exactly as written). */
    public void load(Seq2SeqWeights weights) {
        FixedParts.load(list, weights::tensor);
    }

    /**
     * Attention of every head: out (Tq, d) = softmax(q·kᵀ/√dh + M)·v from q (Tq, d) and k, v (Tk, d); keeps the
     * weights in p (h, Tq, Tk), zero where masked. {@code causal}: query i reads keys j ≤ i only.
     */
    static void attend(float[] q, float[] k, float[] v, int tq, int tk, int heads, int dh, boolean causal,
                       float[] p, float[] out) {
        int d = heads * dh;
        float scale = (float) (1 / Math.sqrt(dh));
        Arrays.fill(out, 0, tq * d, 0f);
        for (int hh = 0; hh < heads; hh++) {
            int ho = hh * dh;
            for (int i = 0; i < tq; i++) {
                int po = (hh * tq + i) * tk;
                int len = causal ? i + 1 : tk;
                for (int j = 0; j < len; j++) {
                    float s = 0;
                    for (int c = 0; c < dh; c++) {
                        s += q[i * d + ho + c] * k[j * d + ho + c];
                    }
                    p[po + j] = s * scale;
                }
                softmaxInPlace(p, po, len);
                Arrays.fill(p, po + len, po + tk, 0f);
                for (int j = 0; j < len; j++) {
                    float pij = p[po + j];
                    for (int c = 0; c < dh; c++) {
                        out[i * d + ho + c] += pij * v[j * d + ho + c];
                    }
                }
            }
        }
    }

    /** dq (Tq, d), dk and dv (Tk, d) from dOut (Tq, d) through {@link #attend}; {@code row} (Tk) is scratch. */
    static void attendBackward(float[] q, float[] k, float[] v, float[] p, float[] dOut, int tq, int tk, int heads,
                               int dh, boolean causal, float[] dq, float[] dk, float[] dv, float[] row) {
        int d = heads * dh;
        float scale = (float) (1 / Math.sqrt(dh));
        Arrays.fill(dq, 0, tq * d, 0f);
        Arrays.fill(dk, 0, tk * d, 0f);
        Arrays.fill(dv, 0, tk * d, 0f);
        for (int hh = 0; hh < heads; hh++) {
            int ho = hh * dh;
            for (int i = 0; i < tq; i++) {
                int po = (hh * tq + i) * tk;
                int len = causal ? i + 1 : tk;
                // dP_ij = dO_i · v_j
                float dot = 0;
                for (int j = 0; j < len; j++) {
                    float s = 0;
                    for (int c = 0; c < dh; c++) {
                        s += dOut[i * d + ho + c] * v[j * d + ho + c];
                    }
                    row[j] = s;
                    dot += p[po + j] * s;
                }
                for (int j = 0; j < len; j++) {
                    float pij = p[po + j];
                    float ds = pij * (row[j] - dot) * scale;
                    // dv_j += P_ij dO_i; dq_i += dS_ij k_j; dk_j += dS_ij q_i
                    for (int c = 0; c < dh; c++) {
                        dv[j * d + ho + c] += pij * dOut[i * d + ho + c];
                        dq[i * d + ho + c] += ds * k[j * d + ho + c];
                        dk[j * d + ho + c] += ds * q[i * d + ho + c];
                    }
                }
            }
        }
    }

    /** The activations of one attention sub-layer for one example, and what its backward pass needs. */
    private static final class AttentionBuffers {
        final float[] q;
        final float[] k;
        final float[] v;
        final float[] p;
        final float[] o;

        AttentionBuffers(int tq, int tk, int d, int heads) {
            q = new float[tq * d];
            k = new float[tk * d];
            v = new float[tk * d];
            p = new float[heads * tq * tk];
            o = new float[tq * d];
        }
    }

    /** The activations of one Add &amp; Norm: the sum before the norm, x̂ and 1/σ, and the output. */
    private static final class NormBuffers {
        final float[] sum;
        final float[] xhat;
        final float[] r;
        final float[] y;

        NormBuffers(int t, int d) {
            sum = new float[t * d];
            xhat = new float[t * d];
            r = new float[t];
            y = new float[t * d];
        }
    }

    /** One thread's share of a batch: the activations of one example at a time and its gradient buffers. */
    private final class Part {
        final float[][] grad = new float[list.size()][];
        double loss;
        float margin;
        final int d = shape.d();
        final int f = shape.ff();
        final int vocab = shape.v();
        final int heads = shape.heads();
        final int dh = shape.headSize();
        final int le = shape.encoderLayers();
        final int ld = shape.decoderLayers();
        final int s = MAX_SOURCE;
        final int n = MAX_TARGET;
        final float[] x0 = new float[s * d];
        final AttentionBuffers[] encSelf = new AttentionBuffers[le];
        final NormBuffers[] encNorm1 = new NormBuffers[le];
        final float[][] encU = new float[le][s * f];     // (S, F) before ReLU
        final float[][] encG = new float[le][s * f];     // (S, F) after ReLU
        final NormBuffers[] encNorm2 = new NormBuffers[le];
        final float[] y0 = new float[n * d];
        final AttentionBuffers[] decSelf = new AttentionBuffers[ld];
        final NormBuffers[] decNorm1 = new NormBuffers[ld];
        final AttentionBuffers[] decCross = new AttentionBuffers[ld];
        final NormBuffers[] decNorm2 = new NormBuffers[ld];
        final float[][] decU = new float[ld][n * f];
        final float[][] decG = new float[ld][n * f];
        final NormBuffers[] decNorm3 = new NormBuffers[ld];
        final float[] logits = new float[n * vocab];     // (T, V), then the probabilities, then dlogits
        final float[] zeroV = new float[vocab];
        // backward scratch
        final float[] dy = new float[Math.max(s, n) * d];
        final float[] dMemory = new float[s * d];
        final float[] dA = new float[Math.max(s, n) * d];
        final float[] dF = new float[Math.max(s, n) * f];
        final float[] dq = new float[Math.max(s, n) * d];
        final float[] dk = new float[Math.max(s, n) * d];
        final float[] dv = new float[Math.max(s, n) * d];
        final float[] dO = new float[Math.max(s, n) * d];
        final float[] dSum = new float[Math.max(s, n) * d];
        final float[] row = new float[Math.max(s, n)];
        final float[] sink = new float[Math.max(d, vocab)];

        Part() {
            for (int p = 0; p < list.size(); p++) {
                grad[p] = new float[list.get(p).size()];
            }
            for (int l = 0; l < le; l++) {
                encSelf[l] = new AttentionBuffers(s, s, d, heads);
                encNorm1[l] = new NormBuffers(s, d);
                encNorm2[l] = new NormBuffers(s, d);
            }
            for (int l = 0; l < ld; l++) {
                decSelf[l] = new AttentionBuffers(n, n, d, heads);
                decNorm1[l] = new NormBuffers(n, d);
                decCross[l] = new AttentionBuffers(n, s, d, heads);
                decNorm2[l] = new NormBuffers(n, d);
                decNorm3[l] = new NormBuffers(n, d);
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

        void run(int[][] sources, int[][] targets, int lo, int hi, boolean backward, float scale, float[][] out) {
            loss = 0;
            margin = Float.POSITIVE_INFINITY;
            if (backward) {
                for (float[] gr : grad) {
                    Arrays.fill(gr, 0);
                }
            }
            for (int e = lo; e < hi; e++) {
                int[] src = sources[e];
                int[] tgt = targets[e];
                int ts = src.length;
                int t = tgt.length - 1;
                if (ts > s || t > n || ts < 1 || t < 1) {
                    throw new IllegalArgumentException("example longer than the buffers");
                }
                forward(src, tgt, ts, t);
                if (out != null) {
                    out[e] = Arrays.copyOf(logits, t * vocab);
                }
                // loss and dlogits (in place): p − onehot, scaled by 1/total
                for (int i = 0; i < t; i++) {
                    int off = i * vocab;
                    softmaxInPlace(logits, off, vocab);
                    loss -= Math.log(Math.max(logits[off + tgt[i + 1]], 1e-30f));
                    if (backward) {
                        for (int c = 0; c < vocab; c++) {
                            logits[off + c] *= scale;
                        }
                        logits[off + tgt[i + 1]] -= scale;
                    }
                }
                if (backward) {
                    backward(src, tgt, ts, t);
                }
            }
        }

        void embed(int[] ids, int t, float[] x) {
            float[] e = w("embedding");
            for (int i = 0; i < t; i++) {
                for (int c = 0; c < d; c++) {
                    x[i * d + c] = e[ids[i] * d + c] * root + pe[i * d + c];
                }
            }
        }

        void project(float[] x, int t, String p, String m, float[] into) {
            matmul(x, t, d, w(p + "w" + m), w(p + "b" + m), d, into);
        }

        /** Add &amp; Norm: y = LN(x + sub-layer output), the output left in {@code norm.sum} before the call. */
        void addNorm(float[] x, int t, String p, NormBuffers norm) {
            for (int k = 0; k < t * d; k++) {
                norm.sum[k] += x[k];
            }
            layerNorm(norm.sum, t, d, w(p + "g"), w(p + "b"), norm.xhat, norm.r, norm.y);
        }

        void feedForward(float[] x, int t, String p, float[] u, float[] gl, float[] into) {
            matmul(x, t, d, w(p + "w1"), w(p + "b1"), f, u);
            for (int k = 0; k < t * f; k++) {
                gl[k] = Math.max(0f, u[k]);
                margin = Math.min(margin, Math.abs(u[k]));
            }
            matmul(gl, t, f, w(p + "w2"), w(p + "b2"), d, into);
        }

        void forward(int[] src, int[] tgt, int ts, int t) {
            // 1) encoder
            embed(src, ts, x0);
            float[] x = x0;
            for (int l = 0; l < le; l++) {
                String p = "enc" + l + ".";
                AttentionBuffers a = encSelf[l];
                project(x, ts, p + "self.", "q", a.q);
                project(x, ts, p + "self.", "k", a.k);
                project(x, ts, p + "self.", "v", a.v);
                attend(a.q, a.k, a.v, ts, ts, heads, dh, false, a.p, a.o);
                matmul(a.o, ts, d, w(p + "self.wo"), w(p + "self.bo"), d, encNorm1[l].sum);
                addNorm(x, ts, p + "ln1.", encNorm1[l]);
                feedForward(encNorm1[l].y, ts, p, encU[l], encG[l], encNorm2[l].sum);
                addNorm(encNorm1[l].y, ts, p + "ln2.", encNorm2[l]);
                x = encNorm2[l].y;
            }
            float[] memory = x;
            // 2) decoder
            embed(tgt, t, y0);
            float[] y = y0;
            for (int l = 0; l < ld; l++) {
                String p = "dec" + l + ".";
                AttentionBuffers a = decSelf[l];
                project(y, t, p + "self.", "q", a.q);
                project(y, t, p + "self.", "k", a.k);
                project(y, t, p + "self.", "v", a.v);
                attend(a.q, a.k, a.v, t, t, heads, dh, true, a.p, a.o);
                matmul(a.o, t, d, w(p + "self.wo"), w(p + "self.bo"), d, decNorm1[l].sum);
                addNorm(y, t, p + "ln1.", decNorm1[l]);
                AttentionBuffers c = decCross[l];
                project(decNorm1[l].y, t, p + "cross.", "q", c.q);
                project(memory, ts, p + "cross.", "k", c.k);
                project(memory, ts, p + "cross.", "v", c.v);
                attend(c.q, c.k, c.v, t, ts, heads, dh, false, c.p, c.o);
                matmul(c.o, t, d, w(p + "cross.wo"), w(p + "cross.bo"), d, decNorm2[l].sum);
                addNorm(decNorm1[l].y, t, p + "ln2.", decNorm2[l]);
                feedForward(decNorm2[l].y, t, p, decU[l], decG[l], decNorm3[l].sum);
                addNorm(decNorm2[l].y, t, p + "ln3.", decNorm3[l]);
                y = decNorm3[l].y;
            }
            // 3) output layer: logits = y·Eᵀ
            matmul(y, t, d, wT("embedding"), zeroV, vocab, logits);
        }

        /** dx of an Add &amp; Norm's input from dOut (its output's gradient): returns the sub-layer's gradient too. */
        void addNormBackward(float[] dOut, int t, String p, NormBuffers norm, float[] dSum) {
            layerNormBackward(dOut, t, d, norm.xhat, norm.r, w(p + "g"), g(p + "g"), g(p + "b"), dSum, false);
        }

        /** Through FFN(x) with dOut (T, d): adds dx to {@code dx}. */
        void feedForwardBackward(float[] x, int t, String p, float[] u, float[] gl, float[] dOut, float[] dx) {
            weightGrad(gl, t, f, dOut, d, g(p + "w2"), g(p + "b2"));
            inputGrad(dOut, t, d, wT(p + "w2"), f, dF);
            for (int k = 0; k < t * f; k++) {
                if (u[k] <= 0) {
                    dF[k] = 0;
                }
            }
            weightGrad(x, t, d, dF, f, g(p + "w1"), g(p + "b1"));
            inputGrad(dF, t, f, wT(p + "w1"), d, dA);
            for (int k = 0; k < t * d; k++) {
                dx[k] += dA[k];
            }
        }

        /** Back through the projection into {@code m} of x: adds dx (T, d) to {@code dx}. */
        void projectBackward(float[] x, int t, String p, String m, float[] dm, float[] dx) {
            weightGrad(x, t, d, dm, d, g(p + "w" + m), g(p + "b" + m));
            inputGrad(dm, t, d, wT(p + "w" + m), d, dA);
            for (int k = 0; k < t * d; k++) {
                dx[k] += dA[k];
            }
        }

        void backward(int[] src, int[] tgt, int ts, int t) {
            float[] yLast = decNorm3[ld - 1].y;
            // output layer: dE += dlogitsᵀ·y, dy = dlogits·E
            weightGrad(logits, t, vocab, yLast, d, g("embedding"), sink);
            inputGrad(logits, t, vocab, w("embedding"), d, dy);
            Arrays.fill(dMemory, 0, ts * d, 0f);
            float[] memory = encNorm2[le - 1].y;
            for (int l = ld - 1; l >= 0; l--) {
                String p = "dec" + l + ".";
                float[] yIn = l == 0 ? y0 : decNorm3[l - 1].y;
                // y3 = LN₃(y2 + FFN(y2))
                addNormBackward(dy, t, p + "ln3.", decNorm3[l], dSum);
                System.arraycopy(dSum, 0, dy, 0, t * d);
                feedForwardBackward(decNorm2[l].y, t, p, decU[l], decG[l], dSum, dy);
                // y2 = LN₂(y1 + CrossAttn(y1, m))
                addNormBackward(dy, t, p + "ln2.", decNorm2[l], dSum);
                System.arraycopy(dSum, 0, dy, 0, t * d);
                AttentionBuffers c = decCross[l];
                weightGrad(c.o, t, d, dSum, d, g(p + "cross.wo"), g(p + "cross.bo"));
                inputGrad(dSum, t, d, wT(p + "cross.wo"), d, dO);
                attendBackward(c.q, c.k, c.v, c.p, dO, t, ts, heads, dh, false, dq, dk, dv, row);
                projectBackward(decNorm1[l].y, t, p + "cross.", "q", dq, dy);
                projectBackward(memory, ts, p + "cross.", "k", dk, dMemory);
                projectBackward(memory, ts, p + "cross.", "v", dv, dMemory);
                // y1 = LN₁(y + MaskedSelfAttn(y))
                addNormBackward(dy, t, p + "ln1.", decNorm1[l], dSum);
                System.arraycopy(dSum, 0, dy, 0, t * d);
                AttentionBuffers a = decSelf[l];
                weightGrad(a.o, t, d, dSum, d, g(p + "self.wo"), g(p + "self.bo"));
                inputGrad(dSum, t, d, wT(p + "self.wo"), d, dO);
                attendBackward(a.q, a.k, a.v, a.p, dO, t, t, heads, dh, true, dq, dk, dv, row);
                projectBackward(yIn, t, p + "self.", "q", dq, dy);
                projectBackward(yIn, t, p + "self.", "k", dk, dy);
                projectBackward(yIn, t, p + "self.", "v", dv, dy);
            }
            embedBackward(tgt, t, dy);
            System.arraycopy(dMemory, 0, dy, 0, ts * d);
            for (int l = le - 1; l >= 0; l--) {
                String p = "enc" + l + ".";
                float[] xIn = l == 0 ? x0 : encNorm2[l - 1].y;
                addNormBackward(dy, ts, p + "ln2.", encNorm2[l], dSum);
                System.arraycopy(dSum, 0, dy, 0, ts * d);
                feedForwardBackward(encNorm1[l].y, ts, p, encU[l], encG[l], dSum, dy);
                addNormBackward(dy, ts, p + "ln1.", encNorm1[l], dSum);
                System.arraycopy(dSum, 0, dy, 0, ts * d);
                AttentionBuffers a = encSelf[l];
                weightGrad(a.o, ts, d, dSum, d, g(p + "self.wo"), g(p + "self.bo"));
                inputGrad(dSum, ts, d, wT(p + "self.wo"), d, dO);
                attendBackward(a.q, a.k, a.v, a.p, dO, ts, ts, heads, dh, false, dq, dk, dv, row);
                projectBackward(xIn, ts, p + "self.", "q", dq, dy);
                projectBackward(xIn, ts, p + "self.", "k", dk, dy);
                projectBackward(xIn, ts, p + "self.", "v", dv, dy);
            }
            embedBackward(src, ts, dy);
        }

        void embedBackward(int[] ids, int t, float[] dx) {
            float[] ge = g("embedding");
            for (int i = 0; i < t; i++) {
                for (int c = 0; c < d; c++) {
                    ge[ids[i] * d + c] += dx[i * d + c] * root;
                }
            }
        }
    }
}
