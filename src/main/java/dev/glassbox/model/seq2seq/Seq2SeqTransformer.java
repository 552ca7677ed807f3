package dev.glassbox.model.seq2seq;

import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.encoder.FeedForward;
import dev.glassbox.model.encoder.LayerNorm;
import dev.glassbox.model.math.Linear;
import dev.glassbox.model.position.PositionalEncoding;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The Transformer of Vaswani et al. 2017, Figure 1: an encoder and a decoder joined by cross-attention, with the
 * paper's post-LayerNorm "Add &amp; Norm", ReLU feed-forward layers, sinusoidal positions and one embedding matrix E
 * shared by both inputs and the output layer (§3.4). Trained here to rewrite a date as ISO 8601.
 * <pre>
 *   encoder:  x⁰ = √d·E[source] + PE;   x ← LN₁(x + SelfAttention(x));   x ← LN₂(x + FFN(x));   M = x
 *   decoder:  y⁰ = √d·E[&lt;s&gt; y₁ … y_t] + PE;   y ← LN₁(y + MaskedSelfAttention(y));
 *             y ← LN₂(y + CrossAttention(y, M));   y ← LN₃(y + FFN(y));   logits = y·Eᵀ
 * </pre>
 * Greedy decoding writes the most likely token, appends it and runs the decoder again, until {@code </s>}.
 */
public final class Seq2SeqTransformer {

    public static final String WEIGHTS = "/seq2seq/date-transformer.bin";
    public static final String REPORT = "/seq2seq/training-report.properties";
    /** The longest text the model reads, in characters. */
    public static final int MAX_SOURCE = 40;
    /** The most tokens greedy decoding writes, {@code </s>} included: an ISO date is 10 characters. */
    public static final int MAX_OUTPUT = 12;
    static final double EPSILON = 1e-5;

    private final Seq2SeqWeights weights;
    private final Properties report;
    private final Seq2SeqWeights.Shape shape;
    private final float[] embedding; // (V, d)
    private final float[][] pe;      // (MAX_SOURCE, d)
    private final float root;        // √d
    private final List<EncoderParts> encoder = new ArrayList<>();
    private final List<DecoderParts> decoder = new ArrayList<>();
    private final Linear output;     // d → V, Eᵀ

    private record EncoderParts(MultiHeadAttention self, LayerNorm norm1, FeedForward feedForward, LayerNorm norm2) {
    }

    private record DecoderParts(MultiHeadAttention self, LayerNorm norm1, MultiHeadAttention cross, LayerNorm norm2,
                                FeedForward feedForward, LayerNorm norm3) {
    }

    /** One encoder layer's values: self-attention, the sums before each norm, the norms and the feed-forward. */
    public record EncoderLayer(MultiHeadAttention.Result self, float[][] sum1, LayerNorm.Result norm1,
                               FeedForward.Result feedForward, float[][] sum2, LayerNorm.Result norm2) {
        public float[][] output() {
            return norm2.y();
        }
    }

    /** The encoder's reading of a source: its ids, √d·E rows, positions, their sum, every layer; M = the last output. */
    public record Encoding(int[] source, float[][] embedded, float[][] positions, float[][] input,
                           List<EncoderLayer> layers) {
        /** M (S, d), what the decoder's cross-attention reads. */
        public float[][] memory() {
            return layers.getLast().output();
        }
    }

    /** One decoder layer's values. */
    public record DecoderLayer(MultiHeadAttention.Result self, float[][] sum1, LayerNorm.Result norm1,
                               MultiHeadAttention.Result cross, float[][] sum2, LayerNorm.Result norm2,
                               FeedForward.Result feedForward, float[][] sum3, LayerNorm.Result norm3) {
        public float[][] output() {
            return norm3.y();
        }
    }

    /** The decoder's pass over its input ({@code <s>} and the tokens written so far); logits row t predicts token t+1. */
    public record Decoding(int[] input, float[][] embedded, float[][] positions, float[][] x0,
                           List<DecoderLayer> layers, float[][] logits) {
    }

    /**
     * A greedy translation: the source read, the tokens written (ending with {@code </s>} unless the
     * {@value #MAX_OUTPUT}-token limit came first), and the decoder's pass over {@code <s>} and every written token
     * but the last, whose logits row j is the distribution token j was chosen from.
     */
    public record Translation(Encoding encoding, int[] output, Decoding decoding) {
        /** The written text without {@code </s>}. */
        public String text() {
            return Seq2SeqVocabulary.decode(output);
        }

        /** True if the model ended its answer itself. */
        public boolean finished() {
            return output.length > 0 && output[output.length - 1] == Seq2SeqVocabulary.END;
        }
    }

    public Seq2SeqTransformer(Seq2SeqWeights weights, Properties report) {
        this.weights = weights;
        this.report = (Properties) report.clone();
        this.shape = weights.shape();
        int d = shape.d();
        embedding = weights.tensor("embedding");
        root = (float) Math.sqrt(d);
        double[][] table = PositionalEncoding.sinusoidal(Math.max(MAX_SOURCE, MAX_OUTPUT), d);
        pe = new float[table.length][d];
        for (int i = 0; i < table.length; i++) {
            for (int c = 0; c < d; c++) {
                pe[i][c] = (float) table[i][c];
            }
        }
        for (int l = 0; l < shape.encoderLayers(); l++) {
            String p = "enc" + l + ".";
            encoder.add(new EncoderParts(attention(p + "self.", false), norm(p + "ln1."), feedForward(p),
                    norm(p + "ln2.")));
        }
        for (int l = 0; l < shape.decoderLayers(); l++) {
            String p = "dec" + l + ".";
            decoder.add(new DecoderParts(attention(p + "self.", true), norm(p + "ln1."),
                    attention(p + "cross.", false), norm(p + "ln2."), feedForward(p), norm(p + "ln3.")));
        }
        float[] transposed = new float[d * shape.v()]; // (d, V)
        for (int v = 0; v < shape.v(); v++) {
            for (int c = 0; c < d; c++) {
                transposed[c * shape.v() + v] = embedding[v * d + c];
            }
        }
        output = new Linear(transposed, new float[shape.v()], d, shape.v());
    }

    private MultiHeadAttention attention(String p, boolean causal) {
        int d = shape.d();
        return new MultiHeadAttention(linear(p, "q", d, d), linear(p, "k", d, d), linear(p, "v", d, d),
                linear(p, "o", d, d), shape.heads(), causal);
    }

    private Linear linear(String p, String m, int in, int out) {
        return new Linear(weights.tensor(p + "w" + m), weights.tensor(p + "b" + m), in, out);
    }

    private LayerNorm norm(String p) {
        return new LayerNorm(weights.tensor(p + "g"), weights.tensor(p + "b"), EPSILON);
    }

    private FeedForward feedForward(String p) {
        return new FeedForward(linear(p, "1", shape.d(), shape.ff()), linear(p, "2", shape.ff(), shape.d()),
                FeedForward.Activation.RELU);
    }

    /** Reads the committed model from the class path (the app does this once, as a shared bean). */
    public static Seq2SeqTransformer load() {
        try (InputStream w = new BufferedInputStream(resource(WEIGHTS)); InputStream r = resource(REPORT)) {
            Properties report = new Properties();
            report.load(r);
            return new Seq2SeqTransformer(Seq2SeqWeights.read(w), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Seq2SeqTransformer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }

    public Seq2SeqWeights weights() {
        return weights;
    }

    public Seq2SeqWeights.Shape shape() {
        return shape;
    }

    /** The training report: settings, time and the held-out accuracy per format. */
    public Properties report() {
        return (Properties) report.clone();
    }

    public String name() {
        return weights.name();
    }

    /** Rows √d·E[id] for each id (T, d), and x⁰ = those + PE. */
    private float[][][] embed(int[] ids) {
        int d = shape.d();
        float[][] embedded = new float[ids.length][d]; // (T, d)
        float[][] positions = new float[ids.length][];  // (T, d)
        float[][] sum = new float[ids.length][d];       // (T, d)
        for (int i = 0; i < ids.length; i++) {
            positions[i] = pe[i].clone();
            for (int c = 0; c < d; c++) {
                embedded[i][c] = embedding[ids[i] * d + c] * root;
                sum[i][c] = embedded[i][c] + pe[i][c];
            }
        }
        return new float[][][] {embedded, positions, sum};
    }

    private static float[][] add(float[][] a, float[][] b) {
        float[][] s = new float[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int c = 0; c < a[i].length; c++) {
                s[i][c] = a[i][c] + b[i][c];
            }
        }
        return s;
    }

    private static boolean[] all(int n) {
        boolean[] m = new boolean[n];
        Arrays.fill(m, true);
        return m;
    }

    /** The encoder's pass over source ids (1 … {@value #MAX_SOURCE} of them). */
    public Encoding encode(int[] source) {
        if (source.length < 1 || source.length > MAX_SOURCE) {
            throw new IllegalArgumentException("the source must have 1 to " + MAX_SOURCE + " tokens");
        }
        float[][][] e = embed(source);
        float[][] x = e[2];
        boolean[] mask = all(source.length);
        List<EncoderLayer> layers = new ArrayList<>();
        for (EncoderParts p : encoder) {
            // 1) self-attention, add & norm
            MultiHeadAttention.Result self = p.self().apply(x, mask);
            float[][] sum1 = add(self.output(), x);
            LayerNorm.Result norm1 = p.norm1().apply(sum1);
            // 2) feed-forward, add & norm
            FeedForward.Result ff = p.feedForward().apply(norm1.y());
            float[][] sum2 = add(ff.output(), norm1.y());
            LayerNorm.Result norm2 = p.norm2().apply(sum2);
            layers.add(new EncoderLayer(self, sum1, norm1, ff, sum2, norm2));
            x = norm2.y();
        }
        return new Encoding(source.clone(), e[0], e[1], e[2], List.copyOf(layers));
    }

    /** The decoder's pass over {@code input} ({@code <s>} and the tokens so far) reading the encoder's memory. */
    public Decoding decode(Encoding encoding, int[] input) {
        if (input.length < 1 || input.length > MAX_OUTPUT) {
            throw new IllegalArgumentException("the decoder reads 1 to " + MAX_OUTPUT + " tokens");
        }
        float[][] memory = encoding.memory();
        boolean[] memoryMask = all(memory.length);
        boolean[] mask = all(input.length);
        float[][][] e = embed(input);
        float[][] y = e[2];
        List<DecoderLayer> layers = new ArrayList<>();
        for (DecoderParts p : decoder) {
            // 1) masked self-attention, add & norm
            MultiHeadAttention.Result self = p.self().apply(y, mask);
            float[][] sum1 = add(self.output(), y);
            LayerNorm.Result norm1 = p.norm1().apply(sum1);
            // 2) cross-attention over the encoder's output, add & norm
            MultiHeadAttention.Result cross = p.cross().attend(norm1.y(), memory, memoryMask);
            float[][] sum2 = add(cross.output(), norm1.y());
            LayerNorm.Result norm2 = p.norm2().apply(sum2);
            // 3) feed-forward, add & norm
            FeedForward.Result ff = p.feedForward().apply(norm2.y());
            float[][] sum3 = add(ff.output(), norm2.y());
            LayerNorm.Result norm3 = p.norm3().apply(sum3);
            layers.add(new DecoderLayer(self, sum1, norm1, cross, sum2, norm2, ff, sum3, norm3));
            y = norm3.y();
        }
        // 4) output layer: logits = y·Eᵀ
        return new Decoding(input.clone(), e[0], e[1], e[2], List.copyOf(layers), output.apply(y));
    }

    /** Greedy translation of a text of 1 … {@value #MAX_SOURCE} characters. */
    public Translation translate(String text) {
        return translate(Seq2SeqVocabulary.encode(text));
    }

    /** Greedy translation of source ids. */
    public Translation translate(int[] source) {
        Encoding encoding = encode(source);
        int[] input = {Seq2SeqVocabulary.START};
        List<Integer> written = new ArrayList<>();
        Decoding decoding = null;
        while (written.size() < MAX_OUTPUT) {
            decoding = decode(encoding, input);
            int next = argmax(decoding.logits()[input.length - 1]);
            written.add(next);
            if (next == Seq2SeqVocabulary.END || written.size() == MAX_OUTPUT) {
                break;
            }
            input = Arrays.copyOf(input, input.length + 1);
            input[input.length - 1] = next;
        }
        return new Translation(encoding, written.stream().mapToInt(Integer::intValue).toArray(), decoding);
    }

    /** The index of the largest value (the first, on a tie). */
    public static int argmax(float[] row) {
        int best = 0;
        for (int i = 1; i < row.length; i++) {
            if (row[i] > row[best]) {
                best = i;
            }
        }
        return best;
    }
}
