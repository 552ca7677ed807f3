package dev.glassbox.model.encoder;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an ONNX model file that a forward pass needs: its operator-set version, its nodes and its named
 * float tensors (initializers). Read with protobuf's wire reader from the field numbers of {@code onnx.proto}
 * (ModelProto.opset_import = 8, graph = 7; GraphProto.node = 1, initializer = 5; NodeProto input = 1,
 * output = 2, name = 3, op_type = 4; TensorProto dims = 1, data_type = 2, float_data = 4, name = 8,
 * raw_data = 9), so no generated classes are needed.
 *
 * @param opset        the default-domain operator-set version
 * @param nodes        the graph's nodes in file (topological) order
 * @param initializers the float tensors by name
 */
public record OnnxGraph(long opset, List<Node> nodes, Map<String, Tensor> initializers) {

    private static final int FLOAT = 1;

    /** One operator application. */
    public record Node(String name, String opType, List<String> inputs, List<String> outputs) {
    }

    /** A named float tensor, row-major. */
    public record Tensor(String name, long[] dims, float[] data) {
        int rows() {
            return dims.length == 1 ? 1 : (int) dims[0];
        }

        int columns() {
            return (int) dims[dims.length - 1];
        }
    }

    /** Reads an ONNX model. */
    public static OnnxGraph read(InputStream in) throws IOException {
        CodedInputStream input = CodedInputStream.newInstance(in.readAllBytes());
        input.setSizeLimit(Integer.MAX_VALUE);
        long opset = 0;
        List<Node> nodes = new ArrayList<>();
        Map<String, Tensor> initializers = new LinkedHashMap<>();
        for (int tag = input.readTag(); tag != 0; tag = input.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 7 -> {
                    int limit = input.pushLimit(input.readRawVarint32());
                    readGraph(input, nodes, initializers);
                    input.popLimit(limit);
                }
                case 8 -> {
                    int limit = input.pushLimit(input.readRawVarint32());
                    String domain = "";
                    long version = 0;
                    for (int t = input.readTag(); t != 0; t = input.readTag()) {
                        switch (WireFormat.getTagFieldNumber(t)) {
                            case 1 -> domain = input.readString();
                            case 2 -> version = input.readInt64();
                            default -> input.skipField(t);
                        }
                    }
                    input.popLimit(limit);
                    if (domain.isEmpty() || domain.equals("ai.onnx")) {
                        opset = version;
                    }
                }
                default -> input.skipField(tag);
            }
        }
        return new OnnxGraph(opset, List.copyOf(nodes), Map.copyOf(initializers));
    }

    private static void readGraph(CodedInputStream input, List<Node> nodes, Map<String, Tensor> initializers)
            throws IOException {
        for (int tag = input.readTag(); tag != 0; tag = input.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> {
                    int limit = input.pushLimit(input.readRawVarint32());
                    nodes.add(readNode(input));
                    input.popLimit(limit);
                }
                case 5 -> {
                    int limit = input.pushLimit(input.readRawVarint32());
                    Tensor tensor = readTensor(input);
                    input.popLimit(limit);
                    if (tensor != null) {
                        initializers.put(tensor.name(), tensor);
                    }
                }
                default -> input.skipField(tag);
            }
        }
    }

    private static Node readNode(CodedInputStream input) throws IOException {
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        String name = "";
        String opType = "";
        for (int tag = input.readTag(); tag != 0; tag = input.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> inputs.add(input.readString());
                case 2 -> outputs.add(input.readString());
                case 3 -> name = input.readString();
                case 4 -> opType = input.readString();
                default -> input.skipField(tag);
            }
        }
        return new Node(name, opType, inputs, outputs);
    }

    /** A float tensor, or {@code null} for another element type (shape constants). */
    private static Tensor readTensor(CodedInputStream input) throws IOException {
        List<Long> dims = new ArrayList<>();
        int dataType = 0;
        String name = "";
        byte[] raw = null;
        List<Float> floats = new ArrayList<>();
        for (int tag = input.readTag(); tag != 0; tag = input.readTag()) {
            int field = WireFormat.getTagFieldNumber(tag);
            int wire = WireFormat.getTagWireType(tag);
            switch (field) {
                case 1 -> {
                    if (wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                        int limit = input.pushLimit(input.readRawVarint32());
                        while (input.getBytesUntilLimit() > 0) {
                            dims.add(input.readInt64());
                        }
                        input.popLimit(limit);
                    } else {
                        dims.add(input.readInt64());
                    }
                }
                case 2 -> dataType = input.readInt32();
                case 4 -> {
                    if (wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                        int limit = input.pushLimit(input.readRawVarint32());
                        while (input.getBytesUntilLimit() > 0) {
                            floats.add(input.readFloat());
                        }
                        input.popLimit(limit);
                    } else {
                        floats.add(input.readFloat());
                    }
                }
                case 8 -> name = input.readString();
                case 9 -> raw = input.readByteArray();
                default -> input.skipField(tag);
            }
        }
        if (dataType != FLOAT) {
            return null;
        }
        float[] data;
        if (raw != null) {
            data = new float[raw.length / Float.BYTES];
            ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(data);
        } else {
            data = new float[floats.size()];
            for (int i = 0; i < data.length; i++) {
                data[i] = floats.get(i);
            }
        }
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        return new Tensor(name, shape, data);
    }
}
