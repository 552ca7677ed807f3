package dev.glassbox.model.seq2seq;

import dev.glassbox.model.math.OnnxBuilder;
import dev.glassbox.model.math.OnnxBuilder.Attribute;
import dev.glassbox.model.position.PositionalEncoding;
import java.util.List;

/**
 * The date translator as an ONNX model that ONNX Runtime (or any ONNX tool) runs, built from standard operators
 * of opset {@value OnnxBuilder#OPSET} so every box of {@link Seq2SeqTransformer}'s Figure 1 can be found in it:
 * <pre>
 *   x = Gather(E, source_ids)·√d + Slice(PE, 0 … S)                                (1, S, d)
 *   per encoder layer:  x = LayerNormalization(x + Attention(x, x, x)); x = LayerNormalization(x + FFN(x))
 *   M = x
 *   y = Gather(E, target_ids)·√d + Slice(PE, 0 … O)                                (1, O, d)
 *   per decoder layer:  y = LayerNormalization(y + Attention(y, y, y, causal mask))
 *                       y = LayerNormalization(y + Attention(y, M, M))
 *                       y = LayerNormalization(y + FFN(y))
 *   logits = y·Transpose(E)                                                          (1, O, V)
 * </pre>
 * with Attention(a, b, c) = Concat_h(Softmax((aW_Q + b_Q)ₕ(bW_K + b_K)ₕᵀ/√dK + mask)(cW_V + b_V)ₕ)W_O + b_O and
 * FFN(x) = Relu(x·W₁ + b₁)·W₂ + b₂. Inputs {@value #SOURCE} int64 [1, S] and {@value #TARGET} int64 [1, O] (the
 * start token followed by the output so far); output {@value #OUTPUT} float [1, O, V], row t scoring the token after
 * target position t. The initializers carry the weights file's tensor names; the metadata holds the model name and
 * the vocabulary (a JSON list, index = id). Written with {@link OnnxBuilder}.
 */
public final class Seq2SeqOnnx {

    public static final String SOURCE = "source_ids";
    public static final String TARGET = "target_ids";
    public static final String OUTPUT = "logits";
    /** Metadata keys. */
    public static final String MODEL = "model", VOCABULARY = "vocabulary";
    /** What the causal mask adds above the diagonal: the lowest float, as {@code MultiHeadAttention} adds. */
    static final float MASKED = -Float.MAX_VALUE;

    private Seq2SeqOnnx() {
    }

    /** The ONNX file of a translator with these weights. */
    public static byte[] of(Seq2SeqWeights w) {
        Seq2SeqWeights.Shape s = w.shape();
        int d = s.d();
        int positions = Math.max(Seq2SeqTransformer.MAX_SOURCE, Seq2SeqTransformer.MAX_OUTPUT);
        int n = Seq2SeqTransformer.MAX_OUTPUT;
        OnnxBuilder g = new OnnxBuilder();
        s.tensors().forEach((name, dims) -> g.floats(name,
                dims[0] == 1 ? new long[] {dims[1]} : new long[] {dims[0], dims[1]}, w.tensor(name)));
        double[][] table = PositionalEncoding.sinusoidal(positions, d);
        float[] pe = new float[positions * d];
        for (int i = 0; i < positions; i++) {
            for (int c = 0; c < d; c++) {
                pe[i * d + c] = (float) table[i][c];
            }
        }
        g.floats("pe", new long[] {positions, d}, pe);
        float[] mask = new float[n * n]; // (N, N)
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                mask[i * n + j] = MASKED;
            }
        }
        g.floats("mask", new long[] {n, n}, mask);
        g.floats("sqrt_d", new long[0], new float[] {(float) Math.sqrt(d)});
        g.floats("sqrt_dk", new long[0], new float[] {(float) Math.sqrt(s.headSize())});
        g.longs("zero", new long[] {1}, new long[] {0});
        g.longs("zeros2", new long[] {2}, new long[] {0, 0});
        g.longs("axes01", new long[] {2}, new long[] {0, 1});
        g.longs("heads_shape", new long[] {4}, new long[] {1, -1, s.heads(), s.headSize()});
        g.longs("model_shape", new long[] {3}, new long[] {1, -1, d});

        // 1) embed both inputs: √d·E row plus position row; lengths read from the inputs' shapes
        g.node("Shape", List.of(SOURCE), "S", Attribute.ints("start", 1), Attribute.ints("end", 2));
        g.node("Shape", List.of(TARGET), "O", Attribute.ints("start", 1), Attribute.ints("end", 2));
        String x = embed(g, SOURCE, "S", "source");
        String y = embed(g, TARGET, "O", "target");
        g.node("Concat", List.of("O", "O"), "OO", Attribute.ints("axis", 0));
        g.node("Slice", List.of("mask", "zeros2", "OO", "axes01"), "causal_mask");
        // 2) encoder
        for (int l = 0; l < s.encoderLayers(); l++) {
            String p = "enc" + l + ".";
            String a = attention(g, x, x, p + "self.", null);
            x = addNorm(g, x, a, p + "ln1.");
            x = addNorm(g, x, feedForward(g, x, p), p + "ln2.");
        }
        String memory = x;
        // 3) decoder
        for (int l = 0; l < s.decoderLayers(); l++) {
            String p = "dec" + l + ".";
            y = addNorm(g, y, attention(g, y, y, p + "self.", "causal_mask"), p + "ln1.");
            y = addNorm(g, y, attention(g, y, memory, p + "cross.", null), p + "ln2.");
            y = addNorm(g, y, feedForward(g, y, p), p + "ln3.");
        }
        // 4) output layer with the shared embedding
        g.node("Transpose", List.of("embedding"), "embedding_t", Attribute.ints("perm", 1, 0));
        g.node("MatMul", List.of(y, "embedding_t"), OUTPUT);

        g.input(SOURCE, OnnxBuilder.INT64, 1L, "S");
        g.input(TARGET, OnnxBuilder.INT64, 1L, "O");
        g.output(OUTPUT, OnnxBuilder.FLOAT, 1L, "O", (long) s.v());
        g.metadata(MODEL, w.name());
        g.metadata(VOCABULARY, OnnxBuilder.jsonList(Seq2SeqVocabulary.tokens()));
        return g.model(w.name(), "The encoder-decoder transformer of Vaswani et al. 2017, trained to rewrite dates as "
                + "ISO 8601. Inputs source_ids: int64 [1, S], 1 ≤ S ≤ " + Seq2SeqTransformer.MAX_SOURCE
                + ", and target_ids: int64 [1, O], 1 ≤ O ≤ " + n + ", the start token <s> (id 1) followed by the "
                + "output so far; ids into the vocabulary in the metadata (0 = unknown, 2 = </s>). Output logits: "
                + "float [1, O, " + s.v() + "]; softmax of row t is the distribution of the token after target position t.");
    }

    private static String embed(OnnxBuilder g, String ids, String length, String name) {
        g.node("Gather", List.of("embedding", ids), name + "_rows", Attribute.ints("axis", 0));
        g.node("Mul", List.of(name + "_rows", "sqrt_d"), name + "_scaled");
        g.node("Slice", List.of("pe", "zero", length, "zero"), name + "_positions");
        g.node("Add", List.of(name + "_scaled", name + "_positions"), name + "_x0");
        return name + "_x0";
    }

    /** Multi-head attention of {@code queries} over {@code keys} (values from the keys' input too). */
    private static String attention(OnnxBuilder g, String queries, String keys, String p, String mask) {
        String q = g.splitHeads(g.affine(queries, p + "wq", p + "bq", p + "q"), "heads_shape", 0, 2, 1, 3); // (1, h, T, dK)
        String k = g.splitHeads(g.affine(keys, p + "wk", p + "bk", p + "k"), "heads_shape", 0, 2, 3, 1);    // (1, h, dK, S)
        String v = g.splitHeads(g.affine(keys, p + "wv", p + "bv", p + "v"), "heads_shape", 0, 2, 1, 3);    // (1, h, S, dK)
        g.node("MatMul", List.of(q, k), p + "scores");                                                 // (1, h, T, S)
        g.node("Div", List.of(p + "scores", "sqrt_dk"), p + "scaled");
        String scores = p + "scaled";
        if (mask != null) {
            g.node("Add", List.of(p + "scaled", mask), p + "masked");
            scores = p + "masked";
        }
        g.node("Softmax", List.of(scores), p + "weights", Attribute.ints("axis", -1));
        g.node("MatMul", List.of(p + "weights", v), p + "head_outputs");                              // (1, h, T, dK)
        g.node("Transpose", List.of(p + "head_outputs"), p + "heads_side_by_side", Attribute.ints("perm", 0, 2, 1, 3));
        g.node("Reshape", List.of(p + "heads_side_by_side", "model_shape"), p + "concat");            // (1, T, d)
        return g.affine(p + "concat", p + "wo", p + "bo", p + "attention");
    }

    private static String feedForward(OnnxBuilder g, String x, String p) {
        String u = g.affine(x, p + "w1", p + "b1", p + "ff_in");
        g.node("Relu", List.of(u), p + "relu");
        return g.affine(p + "relu", p + "w2", p + "b2", p + "ff_out");
    }

    /** Add &amp; Norm: LayerNormalization(x + sub-layer output). */
    private static String addNorm(OnnxBuilder g, String x, String sublayer, String norm) {
        g.node("Add", List.of(sublayer, x), norm + "sum");
        return g.layerNorm(norm + "sum", norm + "g", norm + "b", Seq2SeqTransformer.EPSILON, norm + "out");
    }
}
