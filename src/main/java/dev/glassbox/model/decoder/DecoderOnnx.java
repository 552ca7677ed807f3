package dev.glassbox.model.decoder;

import static dev.glassbox.model.math.OnnxMessages.message;
import static dev.glassbox.model.math.OnnxMessages.valueInfo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The character decoder as an ONNX model that ONNX Runtime (or any ONNX tool) runs, built from standard operators
 * of opset {@value #OPSET} so every step of {@link CharDecoder#run} can be found in the graph:
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
 * <p>Written field by field with protobuf's wire format, field numbers from {@code onnx/onnx.proto3}: ModelProto
 * ir_version 1, producer_name 2, doc_string 6, graph 7, opset_import 8, metadata_props 14; GraphProto node 1, name 2,
 * initializer 5, input 11, output 12; NodeProto input 1, output 2, name 3, op_type 4, attribute 5; AttributeProto
 * name 1, f 2, i 3, ints 8, type 20; TensorProto dims 1, data_type 2, name 8, raw_data 9 (little-endian);
 * ValueInfoProto name 1, type 2; TypeProto tensor_type 1; TypeProto.Tensor elem_type 1, shape 2;
 * TensorShapeProto dim 1; Dimension dim_value 1, dim_param 2; OperatorSetIdProto domain 1, version 2;
 * StringStringEntryProto key 1, value 2.
 */
public final class DecoderOnnx {

    /** The operator set: 17 is the first with {@code LayerNormalization}. */
    public static final int OPSET = 17;
    /** The IR version that goes with opset 17 (ONNX 1.12). */
    static final int IR_VERSION = 8;
    public static final String INPUT = "input_ids";
    public static final String OUTPUT = "logits";
    /** Metadata keys. */
    public static final String MODEL = "model", CONTEXT = "context", VOCABULARY = "vocabulary";
    /** What the mask adds above the diagonal: the lowest float, as {@code MultiHeadAttention} adds (weight 0). */
    static final float MASKED = -Float.MAX_VALUE;

    private static final int FLOAT = 1;
    private static final int INT64 = 7;
    private static final int ATTRIBUTE_FLOAT = 1;
    private static final int ATTRIBUTE_INT = 2;
    private static final int ATTRIBUTE_INTS = 7;

    private DecoderOnnx() {
    }

    /** The ONNX file of a decoder with these weights. */
    public static byte[] of(DecoderWeights w) {
        DecoderWeights.Shape s = w.shape();
        int d = s.d();
        int n = s.context();
        Graph g = new Graph();
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
            String a = layerNorm(g, x, p + "ln1.g", p + "ln1.b", p + "ln1");
            String qkv = affine(g, a, p + "wqkv", p + "bqkv", p + "qkv");
            g.node("Split", List.of(qkv, "qkv_split"), List.of(p + "q", p + "k", p + "v"), Attribute.ints("axis", 2));
            String q = heads(g, p + "q", new long[] {0, 2, 1, 3});  // (1, h, T, dh)
            String k = heads(g, p + "k", new long[] {0, 2, 3, 1});  // (1, h, dh, T)
            String v = heads(g, p + "v", new long[] {0, 2, 1, 3});  // (1, h, T, dh)
            g.node("MatMul", List.of(q, k), p + "scores");                          // (1, h, T, T)
            g.node("Div", List.of(p + "scores", "sqrt_dh"), p + "scaled");
            g.node("Add", List.of(p + "scaled", "causal_mask"), p + "masked");
            g.node("Softmax", List.of(p + "masked"), p + "weights", Attribute.ints("axis", -1));
            g.node("MatMul", List.of(p + "weights", v), p + "head_outputs");        // (1, h, T, dh)
            g.node("Transpose", List.of(p + "head_outputs"), p + "heads_side_by_side", Attribute.ints("perm", 0, 2, 1, 3));
            g.node("Reshape", List.of(p + "heads_side_by_side", "model_shape"), p + "concat"); // (1, T, d)
            String attention = affine(g, p + "concat", p + "wo", p + "bo", p + "attention");
            g.node("Add", List.of(x, attention), p + "after_attention");
            // 3) LN₂, feed-forward with tanh GELU, residual add
            String m = layerNorm(g, p + "after_attention", p + "ln2.g", p + "ln2.b", p + "ln2");
            String u = affine(g, m, p + "w1", p + "b1", p + "ff_in");                // (1, T, F)
            g.node("Pow", List.of(u, "three"), p + "u3");
            g.node("Mul", List.of(p + "u3", "gelu_c"), p + "cu3");
            g.node("Add", List.of(u, p + "cu3"), p + "inner");
            g.node("Mul", List.of(p + "inner", "gelu_k"), p + "scaled_inner");
            g.node("Tanh", List.of(p + "scaled_inner"), p + "tanh");
            g.node("Add", List.of(p + "tanh", "one"), p + "one_plus_tanh");
            g.node("Mul", List.of(u, p + "one_plus_tanh"), p + "u_times");
            g.node("Mul", List.of(p + "u_times", "half"), p + "gelu");
            String f = affine(g, p + "gelu", p + "w2", p + "b2", p + "ff_out");
            g.node("Add", List.of(p + "after_attention", f), p + "output");
            x = p + "output";
        }
        // 4) final LN and unembedding
        String last = layerNorm(g, x, "lnf.g", "lnf.b", "lnf");
        g.node("MatMul", List.of(last, "wu"), "unembedded");
        g.node("Add", List.of("unembedded", "bu"), OUTPUT);

        byte[] graph = message(out -> {
            for (byte[] node : g.nodes) {
                out.writeByteArray(1, node);
            }
            out.writeString(2, w.name());
            for (byte[] tensor : g.initializers) {
                out.writeByteArray(5, tensor);
            }
            out.writeByteArray(11, valueInfo(INPUT, INT64, new Object[] {1L, "T"}));
            out.writeByteArray(12, valueInfo(OUTPUT, FLOAT, new Object[] {1L, "T", (long) s.v()}));
        });
        return message(out -> {
            out.writeInt64(1, IR_VERSION);
            out.writeString(2, "glassbox");
            out.writeString(6, "A character decoder in GPT-2's shape. Input input_ids: int64 [1, T], 1 ≤ T ≤ " + n
                    + ", ids into the vocabulary in the metadata (index 0 = unknown character). Output logits: float "
                    + "[1, T, " + s.v() + "]; softmax of row t is the distribution of the character after position t.");
            out.writeByteArray(7, graph);
            out.writeByteArray(8, message(o -> {
                o.writeString(1, "");
                o.writeInt64(2, OPSET);
            }));
            out.writeByteArray(14, entry(MODEL, w.name()));
            out.writeByteArray(14, entry(CONTEXT, Integer.toString(n)));
            out.writeByteArray(14, entry(VOCABULARY, json(w)));
        });
    }

    /** LayerNormalization over the last axis with the model's ε. */
    private static String layerNorm(Graph g, String x, String gamma, String beta, String out) {
        g.node("LayerNormalization", List.of(x, gamma, beta), out, Attribute.ints("axis", -1),
                Attribute.real("epsilon", (float) CharDecoder.EPSILON));
        return out;
    }

    /** x·W + b. */
    private static String affine(Graph g, String x, String w, String b, String out) {
        g.node("MatMul", List.of(x, w), out + "_matmul");
        g.node("Add", List.of(out + "_matmul", b), out);
        return out;
    }

    /** (1, T, d) → (1, T, h, dh) → transposed by {@code perm}. */
    private static String heads(Graph g, String x, long[] perm) {
        g.node("Reshape", List.of(x, "heads_shape"), x + "_heads");
        g.node("Transpose", List.of(x + "_heads"), x + "_by_head", Attribute.ints("perm", perm));
        return x + "_by_head";
    }

    /** The vocabulary as a JSON list of strings, index = id. */
    static String json(DecoderWeights w) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < w.vocabulary().size(); i++) {
            b.append(i == 0 ? "\"" : ",\"");
            w.vocabulary().symbol(i).codePoints().forEach(c -> {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", c));
                        } else {
                            b.appendCodePoint(c);
                        }
                    }
                }
            });
            b.append('"');
        }
        return b.append(']').toString();
    }

    /** One node attribute: an int, a list of ints or a float. */
    private record Attribute(String name, int type, long[] ints, float real) {
        static Attribute ints(String name, long... values) {
            return new Attribute(name, values.length == 1 && !name.equals("perm") ? ATTRIBUTE_INT : ATTRIBUTE_INTS,
                    values, 0);
        }

        static Attribute real(String name, float value) {
            return new Attribute(name, ATTRIBUTE_FLOAT, new long[0], value);
        }

        byte[] bytes() {
            return message(out -> {
                out.writeString(1, name);
                switch (type) {
                    case ATTRIBUTE_FLOAT -> out.writeFloat(2, real);
                    case ATTRIBUTE_INT -> out.writeInt64(3, ints[0]);
                    default -> {
                        for (long i : ints) {
                            out.writeInt64(8, i);
                        }
                    }
                }
                out.writeInt32(20, type);
            });
        }
    }

    /** The nodes and initializers collected so far, in order. */
    private static final class Graph {
        final List<byte[]> nodes = new ArrayList<>();
        final List<byte[]> initializers = new ArrayList<>();

        void node(String op, List<String> inputs, String output, Attribute... attributes) {
            node(op, inputs, List.of(output), attributes);
        }

        void node(String op, List<String> inputs, List<String> outputs, Attribute... attributes) {
            String name = op + "_" + nodes.size();
            nodes.add(message(out -> {
                for (String i : inputs) {
                    out.writeString(1, i);
                }
                for (String o : outputs) {
                    out.writeString(2, o);
                }
                out.writeString(3, name);
                out.writeString(4, op);
                for (Attribute a : attributes) {
                    out.writeByteArray(5, a.bytes());
                }
            }));
        }

        void floats(String name, long[] dims, float[] data) {
            ByteBuffer raw = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
            for (float x : data) {
                raw.putFloat(x);
            }
            initializers.add(tensor(name, dims, FLOAT, raw.array()));
        }

        void longs(String name, long[] dims, long[] data) {
            ByteBuffer raw = ByteBuffer.allocate(8 * data.length).order(ByteOrder.LITTLE_ENDIAN);
            for (long x : data) {
                raw.putLong(x);
            }
            initializers.add(tensor(name, dims, INT64, raw.array()));
        }
    }

    private static byte[] tensor(String name, long[] dims, int type, byte[] raw) {
        return message(out -> {
            for (long d : dims) {
                out.writeInt64(1, d);
            }
            out.writeInt32(2, type);
            out.writeString(8, name);
            out.writeByteArray(9, raw);
        });
    }

    private static byte[] entry(String key, String value) {
        return message(out -> {
            out.writeString(1, key);
            out.writeString(2, value);
        });
    }
}
