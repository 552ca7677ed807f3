package dev.glassbox.model.lstm;

import static dev.glassbox.model.math.OnnxMessages.message;
import static dev.glassbox.model.math.OnnxMessages.valueInfo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a one-node ONNX model (opset 14) holding a single {@code LSTM} operator with the weights of an
 * {@link LstmWeights}, field by field with protobuf's wire format (field numbers from onnx/onnx.proto3). ONNX
 * stacks gates in the order i, o, f, c (c = our candidate g), so the f, i, g, o blocks are reordered here.
 *
 * <p>Graph inputs: X (T, B, V) float, sequence_lens (B) int32. Outputs: Y (T, 1, B, H), Y_h (1, B, H),
 * Y_c (1, B, H).
 */
final class OnnxLstmModel {

    private static final int FLOAT = 1;
    private static final int INT32 = 6;
    private static final int ATTRIBUTE_INT = 2;
    private static final int ATTRIBUTE_STRING = 3;
    /** Our block index (f=0, i=1, g=2, o=3) for each ONNX block (i, o, f, c). */
    private static final int[] ONNX_ORDER = {1, 3, 0, 2};

    private OnnxLstmModel() {
    }

    static byte[] of(LstmWeights weights) {
        int v = weights.inputSize();
        int h = weights.hiddenSize();
        double[][] wx = weights.wx(); // (4H, V)
        double[][] wh = weights.wh(); // (4H, H)
        double[] b = weights.b();     // (4H)
        float[] w = new float[4 * h * v];
        float[] r = new float[4 * h * h];
        float[] bias = new float[8 * h]; // Wb then Rb; Rb stays 0
        for (int block = 0; block < 4; block++) {
            int ours = ONNX_ORDER[block];
            for (int j = 0; j < h; j++) {
                int row = block * h + j;
                int ourRow = ours * h + j;
                for (int k = 0; k < v; k++) {
                    w[row * v + k] = (float) wx[ourRow][k];
                }
                for (int k = 0; k < h; k++) {
                    r[row * h + k] = (float) wh[ourRow][k];
                }
                bias[row] = (float) b[ourRow];
            }
        }
        byte[] node = message(out -> {
            for (String input : new String[] {"X", "W", "R", "B", "sequence_lens"}) {
                out.writeString(1, input);
            }
            for (String output : new String[] {"Y", "Y_h", "Y_c"}) {
                out.writeString(2, output);
            }
            out.writeString(3, "lstm");
            out.writeString(4, "LSTM");
            out.writeByteArray(5, message(a -> {
                a.writeString(1, "hidden_size");
                a.writeInt64(3, h);
                a.writeInt32(20, ATTRIBUTE_INT);
            }));
            out.writeByteArray(5, message(a -> {
                a.writeString(1, "direction");
                a.writeByteArray(4, "forward".getBytes(StandardCharsets.UTF_8));
                a.writeInt32(20, ATTRIBUTE_STRING);
            }));
        });
        byte[] graph = message(out -> {
            out.writeByteArray(1, node);
            out.writeString(2, "glassbox-lstm-oracle");
            out.writeByteArray(5, tensor("W", new long[] {1, 4L * h, v}, w));
            out.writeByteArray(5, tensor("R", new long[] {1, 4L * h, h}, r));
            out.writeByteArray(5, tensor("B", new long[] {1, 8L * h}, bias));
            out.writeByteArray(11, valueInfo("X", FLOAT, new Object[] {"T", "B", (long) v}));
            out.writeByteArray(11, valueInfo("sequence_lens", INT32, new Object[] {"B"}));
            out.writeByteArray(12, valueInfo("Y", FLOAT, new Object[] {"T", 1L, "B", (long) h}));
            out.writeByteArray(12, valueInfo("Y_h", FLOAT, new Object[] {1L, "B", (long) h}));
            out.writeByteArray(12, valueInfo("Y_c", FLOAT, new Object[] {1L, "B", (long) h}));
        });
        return message(out -> {
            out.writeInt64(1, 8); // ir_version 8
            out.writeString(2, "glassbox-test");
            out.writeByteArray(7, graph);
            out.writeByteArray(8, message(o -> {
                o.writeString(1, "");
                o.writeInt64(2, 14);
            }));
        });
    }

    private static byte[] tensor(String name, long[] dims, float[] data) {
        return message(out -> {
            for (long d : dims) {
                out.writeInt64(1, d);
            }
            out.writeInt32(2, FLOAT);
            out.writeString(8, name);
            ByteBuffer raw = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
            for (float x : data) {
                raw.putFloat(x);
            }
            out.writeByteArray(9, raw.array());
        });
    }
}
