package dev.glassbox.model.math;

import static dev.glassbox.model.math.OnnxMessages.message;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an ONNX model of standard operators node by node, for the models this project exports. Written field by
 * field with protobuf's wire format, field numbers from {@code onnx/onnx.proto3}: ModelProto ir_version 1,
 * producer_name 2, doc_string 6, graph 7, opset_import 8, metadata_props 14; GraphProto node 1, name 2,
 * initializer 5, input 11, output 12; NodeProto input 1, output 2, name 3, op_type 4, attribute 5; AttributeProto
 * name 1, f 2, i 3, ints 8, type 20; TensorProto dims 1, data_type 2, name 8, raw_data 9 (little-endian);
 * OperatorSetIdProto domain 1, version 2; StringStringEntryProto key 1, value 2.
 */
public final class OnnxBuilder {

    /** TensorProto data types. */
    public static final int FLOAT = 1, INT64 = 7;
    /** The operator set: 17 is the first with {@code LayerNormalization}. */
    public static final int OPSET = 17;
    /** The IR version that goes with opset 17 (ONNX 1.12). */
    static final int IR_VERSION = 8;
    private static final int ATTRIBUTE_FLOAT = 1;
    private static final int ATTRIBUTE_INT = 2;
    private static final int ATTRIBUTE_INTS = 7;

    private final List<byte[]> nodes = new ArrayList<>();
    private final List<byte[]> initializers = new ArrayList<>();
    private final List<byte[]> inputs = new ArrayList<>();
    private final List<byte[]> outputs = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    /** One node attribute: an int, a list of ints or a float. */
    public record Attribute(String name, int type, long[] ints, float real) {
        /** An int attribute, or a list if there are several values (or the name is {@code perm}). */
        public static Attribute ints(String name, long... values) {
            return new Attribute(name, values.length == 1 && !name.equals("perm") ? ATTRIBUTE_INT : ATTRIBUTE_INTS,
                    values, 0);
        }

        public static Attribute real(String name, float value) {
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

    public void node(String op, List<String> in, String out, Attribute... attributes) {
        node(op, in, List.of(out), attributes);
    }

    public void node(String op, List<String> in, List<String> out, Attribute... attributes) {
        String name = op + "_" + nodes.size();
        nodes.add(message(m -> {
            for (String i : in) {
                m.writeString(1, i);
            }
            for (String o : out) {
                m.writeString(2, o);
            }
            m.writeString(3, name);
            m.writeString(4, op);
            for (Attribute a : attributes) {
                m.writeByteArray(5, a.bytes());
            }
        }));
    }

    /** A float initializer (a weight or a constant). */
    public void floats(String name, long[] dims, float[] data) {
        ByteBuffer raw = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : data) {
            raw.putFloat(x);
        }
        initializers.add(tensor(name, dims, FLOAT, raw.array()));
    }

    /** An int64 initializer. */
    public void longs(String name, long[] dims, long[] data) {
        ByteBuffer raw = ByteBuffer.allocate(8 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long x : data) {
            raw.putLong(x);
        }
        initializers.add(tensor(name, dims, INT64, raw.array()));
    }

    /** A graph input; each dimension a Long (fixed) or a String (symbolic). */
    public void input(String name, int type, Object... dims) {
        inputs.add(OnnxMessages.valueInfo(name, type, dims));
    }

    public void output(String name, int type, Object... dims) {
        outputs.add(OnnxMessages.valueInfo(name, type, dims));
    }

    public void metadata(String key, String value) {
        metadata.put(key, value);
    }

    /** LayerNormalization over the last axis. */
    public String layerNorm(String x, String gamma, String beta, double epsilon, String out) {
        node("LayerNormalization", List.of(x, gamma, beta), out, Attribute.ints("axis", -1),
                Attribute.real("epsilon", (float) epsilon));
        return out;
    }

    /** x·W + b. */
    public String affine(String x, String w, String b, String out) {
        node("MatMul", List.of(x, w), out + "_matmul");
        node("Add", List.of(out + "_matmul", b), out);
        return out;
    }

    /** (1, T, d) → Reshape by the int64 initializer {@code shape} (1, T, h, dK) → Transpose by {@code perm}. */
    public String splitHeads(String x, String shape, long... perm) {
        node("Reshape", List.of(x, shape), x + "_heads");
        node("Transpose", List.of(x + "_heads"), x + "_by_head", Attribute.ints("perm", perm));
        return x + "_by_head";
    }

    /** The model file of opset {@value #OPSET}. */
    public byte[] model(String graphName, String docString) {
        byte[] graph = message(out -> {
            for (byte[] node : nodes) {
                out.writeByteArray(1, node);
            }
            out.writeString(2, graphName);
            for (byte[] tensor : initializers) {
                out.writeByteArray(5, tensor);
            }
            for (byte[] i : inputs) {
                out.writeByteArray(11, i);
            }
            for (byte[] o : outputs) {
                out.writeByteArray(12, o);
            }
        });
        return message(out -> {
            out.writeInt64(1, IR_VERSION);
            out.writeString(2, "glassbox");
            out.writeString(6, docString);
            out.writeByteArray(7, graph);
            out.writeByteArray(8, message(o -> {
                o.writeString(1, "");
                o.writeInt64(2, OPSET);
            }));
            for (var e : metadata.entrySet()) {
                out.writeByteArray(14, message(m -> {
                    m.writeString(1, e.getKey());
                    m.writeString(2, e.getValue());
                }));
            }
        });
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

    /** Strings as a JSON list, for metadata such as a vocabulary (index = id). */
    public static String jsonList(List<String> strings) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < strings.size(); i++) {
            b.append(i == 0 ? "\"" : ",\"");
            strings.get(i).codePoints().forEach(c -> {
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
}
