package dev.glassbox.model.decoder;

import dev.glassbox.model.math.OnnxBuilder;
import dev.glassbox.model.math.OnnxBuilder.Attribute;
import java.util.ArrayList;
import java.util.List;

/**
 * The character decoder as an ONNX model that ONNX Runtime (or any ONNX tool) runs, built from standard operators
 * of opset {@value OnnxBuilder#OPSET} so every step of {@link CharDecoder#run} can be found in the graph:
 * <pre>
 *   x⁰ = Gather(wte, input_ids) + Slice(wpe, 0 … T)                              (1, T, d)
 *   per block l:  a = LayerNormalization(x)                                       ε = 10⁻⁵
 *                 Q, K, V = Split(a·wqkv + bqkv), each Reshape/Transpose → (1, h, T, dh)
 *                 A = Softmax(QKᵀ / √dh + M[0…T, 0…T])                           M = 0 on and below the diagonal,
 *                 x ← x + Reshape(Transpose(A·V))·wo + bo                                the lowest float above it
 *                 u = LayerNormalization(x)·w1 + b1
 *                 x ← x + (½u(1 + tanh(√(2/π)(u + 0.044715u³))))·w2 + b2
 *   logits = LayerNormalization(x)·wu + bu                                        (1, T, V)
 * </pre>
 * Input {@value #INPUT}: int64 [1, T], 1 ≤ T ≤ N, ids into the vocabulary. Output {@value #OUTPUT}: float [1, T, V],
 * row t scoring the character after position t. The initializers carry the weights file's tensor names; the
 * metadata holds the model name, the context and the vocabulary (a JSON list, index = id).
 *
 * <p>Written with {@link OnnxBuilder}.
 */
public final class DecoderOnnx {

    public static final String INPUT = "input_ids";
    public static final String OUTPUT = "logits";
    /** Metadata keys. */
    public static final String MODEL = "model", CONTEXT = "context", VOCABULARY = "vocabulary";
    /** What the mask adds above the diagonal: the lowest float, as {@code MultiHeadAttention} adds (weight 0). */
    static final float MASKED = -Float.MAX_VALUE;

    private DecoderOnnx() {
    }

    /** The ONNX file of a decoder with these weights. */
    public static byte[] of(DecoderWeights w) {
        DecoderWeights.Shape s = w.shape();
        int d = s.d();
        int n = s.context();
        OnnxBuilder g = new OnnxBuilder();
        for (String name : w.names()) {
            int[] dims = s.tensors().get(name);
            long[] shape = dims[0] == 1 && !name.equals("wte") && !name.equals("wpe") ? new long[] {dims[1]}
                    : new long[] {dims[0], dims[1]};
            g.floats(name, shape, w.tensor(name));
        }
        float[] mask = new float[n * n]; // (N, N)
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                mask[i * n + j] = MASKED;
            }
        }
        g.floats("mask", new long[] {n, n}, mask);
        g.floats("sqrt_dh", new long[0], new float[] {(float) Math.sqrt(s.headSize())});
        g.floats("half", new long[0], new float[] {0.5f});
        g.floats("one", new long[0], new float[] {1f});
        g.floats("three", new long[0], new float[] {3f});
        g.floats("gelu_c", new long[0], new float[] {0.044715f});
        g.floats("gelu_k", new long[0], new float[] {(float) Math.sqrt(2 / Math.PI)});
        g.longs("zero", new long[] {1}, new long[] {0});
        g.longs("zeros2", new long[] {2}, new long[] {0, 0});
        g.longs("axes01", new long[] {2}, new long[] {0, 1});
        g.longs("qkv_split", new long[] {3}, new long[] {d, d, d});
        g.longs("heads_shape", new long[] {4}, new long[] {1, -1, s.heads(), s.headSize()});
        g.longs("model_shape", new long[] {3}, new long[] {1, -1, d});

        // 1) embed: token row plus position row; T read from the input's shape
        g.node("Shape", List.of(INPUT), "T", Attribute.ints("start", 1), Attribute.ints("end", 2));
        g.node("Gather", List.of("wte", INPUT), "token_embedding", Attribute.ints("axis", 0));
        g.node("Slice", List.of("wpe", "zero", "T", "zero"), "position_embedding");
        g.node("Add", List.of("token_embedding", "position_embedding"), "x0");
        g.node("Concat", List.of("T", "T"), "TT", Attribute.ints("axis", 0));
        g.node("Slice", List.of("mask", "zeros2", "TT", "axes01"), "causal_mask");
        String x = "x0";
        for (int l = 0; l < s.layers(); l++) {
            String p = "h" + l + ".";
            // 2) LN₁, masked multi-head self-attention, residual add
            String a = g.layerNorm(x, p + "ln1.g", p + "ln1.b", CharDecoder.EPSILON, p + "ln1");
            String qkv = g.affine(a, p + "wqkv", p + "bqkv", p + "qkv");
            g.node("Split", List.of(qkv, "qkv_split"), List.of(p + "q", p + "k", p + "v"), Attribute.ints("axis", 2));
            String q = g.splitHeads(p + "q", "heads_shape", 0, 2, 1, 3);  // (1, h, T, dh)
            String k = g.splitHeads(p + "k", "heads_shape", 0, 2, 3, 1);  // (1, h, dh, T)
            String v = g.splitHeads(p + "v", "heads_shape", 0, 2, 1, 3);  // (1, h, T, dh)
            g.node("MatMul", List.of(q, k), p + "scores");                          // (1, h, T, T)
            g.node("Div", List.of(p + "scores", "sqrt_dh"), p + "scaled");
            g.node("Add", List.of(p + "scaled", "causal_mask"), p + "masked");
            g.node("Softmax", List.of(p + "masked"), p + "weights", Attribute.ints("axis", -1));
            g.node("MatMul", List.of(p + "weights", v), p + "head_outputs");        // (1, h, T, dh)
            g.node("Transpose", List.of(p + "head_outputs"), p + "heads_side_by_side", Attribute.ints("perm", 0, 2, 1, 3));
            g.node("Reshape", List.of(p + "heads_side_by_side", "model_shape"), p + "concat"); // (1, T, d)
            String attention = g.affine(p + "concat", p + "wo", p + "bo", p + "attention");
            g.node("Add", List.of(x, attention), p + "after_attention");
            // 3) LN₂, feed-forward with tanh GELU, residual add
            String m = g.layerNorm(p + "after_attention", p + "ln2.g", p + "ln2.b", CharDecoder.EPSILON, p + "ln2");
            String u = g.affine(m, p + "w1", p + "b1", p + "ff_in");                // (1, T, F)
            g.node("Pow", List.of(u, "three"), p + "u3");
            g.node("Mul", List.of(p + "u3", "gelu_c"), p + "cu3");
            g.node("Add", List.of(u, p + "cu3"), p + "inner");
            g.node("Mul", List.of(p + "inner", "gelu_k"), p + "scaled_inner");
            g.node("Tanh", List.of(p + "scaled_inner"), p + "tanh");
            g.node("Add", List.of(p + "tanh", "one"), p + "one_plus_tanh");
            g.node("Mul", List.of(u, p + "one_plus_tanh"), p + "u_times");
            g.node("Mul", List.of(p + "u_times", "half"), p + "gelu");
            String f = g.affine(p + "gelu", p + "w2", p + "b2", p + "ff_out");
            g.node("Add", List.of(p + "after_attention", f), p + "output");
            x = p + "output";
        }
        // 4) final LN and unembedding
        String last = g.layerNorm(x, "lnf.g", "lnf.b", CharDecoder.EPSILON, "lnf");
        g.node("MatMul", List.of(last, "wu"), "unembedded");
        g.node("Add", List.of("unembedded", "bu"), OUTPUT);

        g.input(INPUT, OnnxBuilder.INT64, 1L, "T");
        g.output(OUTPUT, OnnxBuilder.FLOAT, 1L, "T", (long) s.v());
        g.metadata(MODEL, w.name());
        g.metadata(CONTEXT, Integer.toString(n));
        g.metadata(VOCABULARY, json(w));
        return g.model(w.name(), "A character decoder in GPT-2's shape. Input input_ids: int64 [1, T], 1 ≤ T ≤ " + n
                + ", ids into the vocabulary in the metadata (index 0 = unknown character). Output logits: float "
                + "[1, T, " + s.v() + "]; softmax of row t is the distribution of the character after position t.");
    }


    /** The vocabulary as a JSON list of strings, index = id. */
    static String json(DecoderWeights w) {
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < w.vocabulary().size(); i++) {
            symbols.add(w.vocabulary().symbol(i));
        }
        return OnnxBuilder.jsonList(symbols);
    }
}
