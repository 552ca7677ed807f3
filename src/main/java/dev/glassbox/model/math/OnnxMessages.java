package dev.glassbox.model.math;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writing ONNX protobuf messages field by field in the wire format (field numbers from onnx/onnx.proto3), for the
 * models this project exports: a message is built by a {@link Writer} and returned as bytes to nest in another.
 */
public final class OnnxMessages {

    private OnnxMessages() {
    }

    /** Writes the fields of one message. */
    public interface Writer {
        void write(CodedOutputStream out) throws IOException;
    }

    /** The bytes of the message that {@code writer} writes. */
    public static byte[] message(Writer writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            writer.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ValueInfoProto of a tensor; each dimension is a Long (fixed) or a String (symbolic). */
    public static byte[] valueInfo(String name, int elementType, Object[] dims) {
        byte[] shape = message(out -> {
            for (Object d : dims) {
                out.writeByteArray(1, message(dim -> {
                    if (d instanceof Long fixed) {
                        dim.writeInt64(1, fixed);
                    } else {
                        dim.writeString(2, (String) d);
                    }
                }));
            }
        });
        byte[] tensorType = message(out -> {
            out.writeInt32(1, elementType);
            out.writeByteArray(2, shape);
        });
        byte[] type = message(out -> out.writeByteArray(1, tensorType));
        return message(out -> {
            out.writeString(1, name);
            out.writeByteArray(2, type);
        });
    }
}
