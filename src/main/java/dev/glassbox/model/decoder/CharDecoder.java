package dev.glassbox.model.decoder;

import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.encoder.FeedForward;
import dev.glassbox.model.encoder.LayerNorm;
import dev.glassbox.model.lstm.CharVocabulary;
import dev.glassbox.model.math.Linear;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The decoder lesson's character transformer, in GPT-2's shape (Radford et al. 2019, §2.3): token and learned
 * position embeddings, L blocks of pre-LayerNorm causal self-attention and feed-forward with residual additions, a
 * final LayerNorm and a linear map to the vocabulary:
 * <pre>
 *   x⁰ₜ = wte[idₜ] + wpe[t]
 *   xˡ = xˡ⁻¹ + MaskedMultiHead(LN₁(xˡ⁻¹));   xˡ ← xˡ + FFN(LN₂(xˡ))          l = 1 … L
 *   logitsₜ = LN_f(xᴸₜ)·W_U + b_U,   p(next | id₁ … idₜ) = softmax(logitsₜ)
 * </pre>
 * It reuses the encoder's {@link LayerNorm} (ε = 10⁻⁵), {@link MultiHeadAttention} (with the causal mask) and
 * {@link FeedForward} (with GPT-2's tanh GELU). Trained in this project on Moby-Dick chapters 1–80
 * ({@code dev.glassbox.training.TrainDecoder}); its characters are the LSTM lesson's.
 */
public final class CharDecoder {

    static final String WEIGHTS = "/decoder/moby-dick-char-decoder.bin";
    static final String REPORT = "/decoder/training-report.properties";
    /** ε of every LayerNorm (GPT-2's {@code layer_norm_epsilon}). */
    public static final double EPSILON = 1e-5;

    private final DecoderWeights weights;
    private final Properties report;
    private final DecoderWeights.Shape shape;
    private final float[] wte; // (V, d)
    private final float[] wpe; // (N, d)
    private final List<Block> blocks = new ArrayList<>();
    private final LayerNorm finalNorm;
    private final Linear unembedding; // d → V

    /** One block's parts. */
    record Block(LayerNorm norm1, MultiHeadAttention attention, LayerNorm norm2, FeedForward feedForward,
                 Linear wQ, Linear wK, Linear wV, Linear wO) {
    }

    public CharDecoder(DecoderWeights weights, Properties report) {
        this.weights = weights;
        this.report = (Properties) report.clone();
        this.shape = weights.shape();
        int d = shape.d();
        wte = weights.tensor("wte");
        wpe = weights.tensor("wpe");
        for (int l = 0; l < shape.layers(); l++) {
            String p = "h" + l + ".";
            float[] wqkv = weights.tensor(p + "wqkv"); // (d, 3d)
            float[] bqkv = weights.tensor(p + "bqkv"); // (3d)
            Linear wQ = slice(wqkv, bqkv, d, 0);
            Linear wK = slice(wqkv, bqkv, d, 1);
            Linear wV = slice(wqkv, bqkv, d, 2);
            Linear wO = new Linear(weights.tensor(p + "wo"), weights.tensor(p + "bo"), d, d);
            blocks.add(new Block(
                    new LayerNorm(weights.tensor(p + "ln1.g"), weights.tensor(p + "ln1.b"), EPSILON),
                    new MultiHeadAttention(wQ, wK, wV, wO, shape.heads(), true),
                    new LayerNorm(weights.tensor(p + "ln2.g"), weights.tensor(p + "ln2.b"), EPSILON),
                    new FeedForward(new Linear(weights.tensor(p + "w1"), weights.tensor(p + "b1"), d, shape.ff()),
                            new Linear(weights.tensor(p + "w2"), weights.tensor(p + "b2"), shape.ff(), d),
                            FeedForward.Activation.GELU_TANH),
                    wQ, wK, wV, wO));
        }
        finalNorm = new LayerNorm(weights.tensor("lnf.g"), weights.tensor("lnf.b"), EPSILON);
        unembedding = new Linear(weights.tensor("wu"), weights.tensor("bu"), d, shape.v());
    }

    /** Block {@code part} (0 = queries, 1 = keys, 2 = values) of the joint projection, as its own d → d map. */
    private static Linear slice(float[] wqkv, float[] bqkv, int d, int part) {
        float[] w = new float[d * d];
        float[] b = new float[d];
        for (int r = 0; r < d; r++) {
            System.arraycopy(wqkv, r * 3 * d + part * d, w, r * d, d);
        }
        System.arraycopy(bqkv, part * d, b, 0, d);
        return new Linear(w, b, d, d);
    }

    /** Reads the committed model from the class path (the app does this once, as a shared bean). */
    public static CharDecoder load() {
        try (InputStream w = new BufferedInputStream(resource(WEIGHTS)); InputStream r = resource(REPORT)) {
            Properties report = new Properties();
            report.load(r);
            return new CharDecoder(DecoderWeights.read(w), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = CharDecoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }

    public DecoderWeights weights() {
        return weights;
    }

    /** What training measured and how ({@code training-report.properties}). */
    public Properties report() {
        return (Properties) report.clone();
    }

    public String name() {
        return weights.name();
    }

    public CharVocabulary vocabulary() {
        return weights.vocabulary();
    }

    public DecoderWeights.Shape shape() {
        return shape;
    }

    /** N, the most characters the model reads at once. */
    public int context() {
        return shape.context();
    }

    /** One id per character of the text (unknown characters get {@link CharVocabulary#UNKNOWN}). */
    public int[] encode(String text) {
        return vocabulary().encode(text);
    }

    /** Every intermediate value of one block. */
    public record BlockRun(
            float[][] input,                     // (T, d) the residual stream entering the block
            LayerNorm.Result norm1,              // LN₁ of it
            MultiHeadAttention.Result attention, // masked self-attention of LN₁'s output
            float[][] afterAttention,            // (T, d) input + attention output
            LayerNorm.Result norm2,              // LN₂ of that
            FeedForward.Result feedForward,      // FFN of LN₂'s output
            float[][] output) {                  // (T, d) afterAttention + FFN output
    }

    /** Every intermediate value of one forward pass over T ≤ N characters. */
    public record Run(
            int[] ids,                // (T)
            float[][] tokenEmbedding, // (T, d) wte rows
            float[][] positionEmbedding, // (T, d) wpe rows
            float[][] embedding,      // (T, d) their sum, x⁰
            List<BlockRun> blocks,    // (L)
            LayerNorm.Result finalNorm,
            float[][] logits) {       // (T, V) logits row t scores the character after position t

        public int tokens() {
            return ids.length;
        }

        /** The residual stream after {@code layer} blocks (0 = the embeddings). */
        public float[][] residual(int layer) {
            return layer == 0 ? embedding : blocks.get(layer - 1).output();
        }
    }

    /**
     * The full forward pass with every intermediate value.
     *
     * @param ids 1 … N character ids
     */
    public Run run(int[] ids) {
        int t = ids.length;
        if (t < 1 || t > context()) {
            throw new IllegalArgumentException("the decoder reads 1 to " + context() + " characters, not " + t);
        }
        int d = shape.d();
        // 1) embed: token row plus position row
        float[][] tok = new float[t][d];  // (T, d)
        float[][] pos = new float[t][d];  // (T, d)
        float[][] x = new float[t][d];    // (T, d)
        for (int i = 0; i < t; i++) {
            System.arraycopy(wte, ids[i] * d, tok[i], 0, d);
            System.arraycopy(wpe, i * d, pos[i], 0, d);
            for (int c = 0; c < d; c++) {
                x[i][c] = tok[i][c] + pos[i][c];
            }
        }
        boolean[] real = new boolean[t];
        java.util.Arrays.fill(real, true);
        List<BlockRun> runs = new ArrayList<>();
        float[][] stream = x;
        for (Block b : blocks) {
            // 2) LN₁, masked self-attention, residual add
            LayerNorm.Result n1 = b.norm1().apply(stream);
            MultiHeadAttention.Result a = b.attention().apply(n1.y(), real);
            float[][] mid = add(stream, a.output());
            // 3) LN₂, feed-forward, residual add
            LayerNorm.Result n2 = b.norm2().apply(mid);
            FeedForward.Result f = b.feedForward().apply(n2.y());
            float[][] out = add(mid, f.output());
            runs.add(new BlockRun(stream, n1, a, mid, n2, f, out));
            stream = out;
        }
        // 4) final LN and unembedding
        LayerNorm.Result nf = finalNorm.apply(stream);
        return new Run(ids.clone(), tok, pos, x, List.copyOf(runs), nf, unembedding.apply(nf.y()));
    }

    /**
     * The logit lens (nostalgebraist 2020): the final LayerNorm and the unembedding applied to the residual stream
     * after {@code layer} blocks, as if the model stopped there. Layer L gives the model's own logits.
     *
     * @return (T, V) logits
     */
    public float[][] lens(Run run, int layer) {
        if (layer < 0 || layer > shape.layers()) {
            throw new IllegalArgumentException("layer must be 0 … " + shape.layers());
        }
        return unembedding.apply(finalNorm.apply(run.residual(layer)).y());
    }

    /** The logits of the character after the last one of {@code ids}, reading the last N of them. */
    public float[] nextLogits(int[] ids) {
        int from = Math.max(0, ids.length - context());
        Run run = run(java.util.Arrays.copyOfRange(ids, from, ids.length));
        return run.logits()[run.tokens() - 1];
    }

    /**
     * A key/value cache for writing one character at a time: each new character's query reads the keys and values
     * kept from the characters before it, so a step costs one position's work instead of the whole text's. The
     * numbers equal those of {@link #run} (same operations, same order per position).
     */
    public final class Cache {
        private final float[][][] keys = new float[shape.layers()][context()][];   // (L, N, d)
        private final float[][][] values = new float[shape.layers()][context()][]; // (L, N, d)
        private int length;

        /** How many characters the cache holds. */
        public int length() {
            return length;
        }

        /** Reads one more character (at most N in all) and returns the logits of the one after it. */
        public float[] feed(int id) {
            if (length == context()) {
                throw new IllegalStateException("the cache is full: the decoder reads at most " + context());
            }
            int d = shape.d();
            int dh = shape.headSize();
            float[][] x = new float[1][d]; // (1, d)
            for (int c = 0; c < d; c++) {
                x[0][c] = wte[id * d + c] + wpe[length * d + c];
            }
            for (int l = 0; l < blocks.size(); l++) {
                Block b = blocks.get(l);
                float[][] a = b.norm1().apply(x).y();
                float[] q = b.wQ().apply(a)[0];
                keys[l][length] = b.wK().apply(a)[0];
                values[l][length] = b.wV().apply(a)[0];
                float[][] concat = new float[1][d];
                float scale = (float) Math.sqrt(dh);
                for (int h = 0; h < shape.heads(); h++) {
                    int off = h * dh;
                    float[] p = new float[length + 1];
                    float max = Float.NEGATIVE_INFINITY;
                    for (int j = 0; j <= length; j++) {
                        float dot = 0f;
                        for (int c = 0; c < dh; c++) { // as MatMul sums: fused multiply-adds in order
                            dot = Math.fma(q[off + c], keys[l][j][off + c], dot);
                        }
                        p[j] = dot / scale;
                        max = Math.max(max, p[j]);
                    }
                    double sum = 0;
                    for (int j = 0; j <= length; j++) {
                        double e = Math.exp(p[j] - max);
                        p[j] = (float) e;
                        sum += e;
                    }
                    for (int j = 0; j <= length; j++) {
                        float w = (float) (p[j] / sum);
                        for (int c = 0; c < dh; c++) {
                            concat[0][off + c] = Math.fma(w, values[l][j][off + c], concat[0][off + c]);
                        }
                    }
                }
                float[][] mid = add(x, b.wO().apply(concat));
                x = add(mid, b.feedForward().apply(b.norm2().apply(mid).y()).output());
            }
            length++;
            return unembedding.apply(finalNorm.apply(x).y())[0];
        }
    }

    public Cache cache() {
        return new Cache();
    }

    private static float[][] add(float[][] a, float[][] b) {
        float[][] y = new float[a.length][a[0].length]; // (T, d)
        for (int i = 0; i < a.length; i++) {
            for (int c = 0; c < a[i].length; c++) {
                y[i][c] = a[i][c] + b[i][c];
            }
        }
        return y;
    }
}
