package dev.glassbox.model.decoder;

import dev.glassbox.model.lstm.CharVocabulary;
import dev.glassbox.model.math.NamedTensors;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trained parameters of the character decoder, as named 32-bit tensors stored row-major. Matrices map rows
 * to columns as x·W (GPT-2's convention), so {@code wqkv} is (d, 3d) with the query, key and value blocks side by
 * side. Immutable: {@link #tensor(String)} returns a copy.
 *
 * <p>File format (big-endian, {@link DataOutputStream}): the magic {@value #MAGIC}, the model name and the known
 * characters as modified UTF-8, then V, d, h, F, L, N as ints, then every tensor of {@link #names} in that order
 * as 32-bit floats.
 */
public final class DecoderWeights {

    static final String MAGIC = "glassbox-decoder-1";

    /** The shape of a decoder: vocabulary size, width, heads, feed-forward width, layers and context. */
    public record Shape(int v, int d, int heads, int ff, int layers, int context) {
        public Shape {
            if (v < 1 || d < 1 || heads < 1 || d % heads != 0 || ff < 1 || layers < 1 || context < 1) {
                throw new IllegalArgumentException("impossible decoder shape");
            }
        }

        /** dh, the width of one head. */
        public int headSize() {
            return d / heads;
        }

        /** Every tensor's name and (rows, columns), in file order. */
        public Map<String, int[]> tensors() {
            Map<String, int[]> t = new LinkedHashMap<>();
            t.put("wte", new int[] {v, d});
            t.put("wpe", new int[] {context, d});
            for (int l = 0; l < layers; l++) {
                String p = "h" + l + ".";
                t.put(p + "ln1.g", new int[] {1, d});
                t.put(p + "ln1.b", new int[] {1, d});
                t.put(p + "wqkv", new int[] {d, 3 * d});
                t.put(p + "bqkv", new int[] {1, 3 * d});
                t.put(p + "wo", new int[] {d, d});
                t.put(p + "bo", new int[] {1, d});
                t.put(p + "ln2.g", new int[] {1, d});
                t.put(p + "ln2.b", new int[] {1, d});
                t.put(p + "w1", new int[] {d, ff});
                t.put(p + "b1", new int[] {1, ff});
                t.put(p + "w2", new int[] {ff, d});
                t.put(p + "b2", new int[] {1, d});
            }
            t.put("lnf.g", new int[] {1, d});
            t.put("lnf.b", new int[] {1, d});
            t.put("wu", new int[] {d, v});
            t.put("bu", new int[] {1, v});
            return t;
        }
    }

    private final String name;
    private final CharVocabulary vocabulary;
    private final Shape shape;
    private final NamedTensors tensors;

    /** @param tensors every tensor of {@code shape.tensors()}, row-major, same order */
    public DecoderWeights(String name, CharVocabulary vocabulary, Shape shape, Map<String, float[]> tensors) {
        this(name, vocabulary, shape, new NamedTensors(shape.tensors(), tensors));
    }

    private DecoderWeights(String name, CharVocabulary vocabulary, Shape shape, NamedTensors tensors) {
        if (vocabulary.size() != shape.v()) {
            throw new IllegalArgumentException("vocabulary size does not match V");
        }
        this.name = name;
        this.vocabulary = vocabulary;
        this.shape = shape;
        this.tensors = tensors;
    }

    public String name() {
        return name;
    }

    public CharVocabulary vocabulary() {
        return vocabulary;
    }

    public Shape shape() {
        return shape;
    }

    /** The tensor's names in file order. */
    public List<String> names() {
        return tensors.names();
    }

    /** A copy of one tensor, row-major. */
    public float[] tensor(String key) {
        return tensors.tensor(key);
    }

    /** How many numbers the model has. */
    public long parameterCount() {
        return tensors.count();
    }

    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeUTF(MAGIC);
        out.writeUTF(name);
        out.writeUTF(vocabulary.known());
        for (int x : new int[] {shape.v(), shape.d(), shape.heads(), shape.ff(), shape.layers(), shape.context()}) {
            out.writeInt(x);
        }
        tensors.write(out);
        out.flush();
    }

    public static DecoderWeights read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a decoder weights file");
        }
        String name = in.readUTF();
        CharVocabulary vocabulary = new CharVocabulary(in.readUTF());
        Shape shape = new Shape(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
        return new DecoderWeights(name, vocabulary, shape, NamedTensors.read(in, shape.tensors()));
    }
}
