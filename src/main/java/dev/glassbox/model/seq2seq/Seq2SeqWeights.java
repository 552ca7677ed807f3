package dev.glassbox.model.seq2seq;

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
 * The trained parameters of the date translator, as named 32-bit tensors stored row-major. Matrices map rows to
 * columns as x·W. One embedding matrix E (V, d) serves the encoder's input, the decoder's input and, transposed,
 * the output layer, as in Vaswani et al. 2017, §3.4.
 *
 * <p>File format (big-endian): the magic {@value #MAGIC}, the model name as modified UTF-8, then V, d, h, F,
 * encoder layers and decoder layers as ints, then every tensor of {@link Shape#tensors()} in that order.
 */
public final class Seq2SeqWeights {

    static final String MAGIC = "glassbox-seq2seq-1";

    /** The shape: vocabulary size, width, heads, feed-forward width, encoder and decoder layers. */
    public record Shape(int v, int d, int heads, int ff, int encoderLayers, int decoderLayers) {
        public Shape {
            if (v < 1 || d < 1 || heads < 1 || d % heads != 0 || ff < 1 || encoderLayers < 1 || decoderLayers < 1) {
                throw new IllegalArgumentException("impossible transformer shape");
            }
        }

        /** dK, the width of one head. */
        public int headSize() {
            return d / heads;
        }

        /** Every tensor's name and (rows, columns), in file order. */
        public Map<String, int[]> tensors() {
            Map<String, int[]> t = new LinkedHashMap<>();
            t.put("embedding", new int[] {v, d});
            for (int l = 0; l < encoderLayers; l++) {
                String p = "enc" + l + ".";
                attention(t, p + "self.");
                norm(t, p + "ln1.");
                feedForward(t, p);
                norm(t, p + "ln2.");
            }
            for (int l = 0; l < decoderLayers; l++) {
                String p = "dec" + l + ".";
                attention(t, p + "self.");
                norm(t, p + "ln1.");
                attention(t, p + "cross.");
                norm(t, p + "ln2.");
                feedForward(t, p);
                norm(t, p + "ln3.");
            }
            return t;
        }

        private void attention(Map<String, int[]> t, String p) {
            for (String m : List.of("q", "k", "v", "o")) {
                t.put(p + "w" + m, new int[] {d, d});
                t.put(p + "b" + m, new int[] {1, d});
            }
        }

        private void norm(Map<String, int[]> t, String p) {
            t.put(p + "g", new int[] {1, d});
            t.put(p + "b", new int[] {1, d});
        }

        private void feedForward(Map<String, int[]> t, String p) {
            t.put(p + "w1", new int[] {d, ff});
            t.put(p + "b1", new int[] {1, ff});
            t.put(p + "w2", new int[] {ff, d});
            t.put(p + "b2", new int[] {1, d});
        }
    }

    private final String name;
    private final Shape shape;
    private final NamedTensors tensors;

    /** @param tensors every tensor of {@code shape.tensors()}, row-major */
    public Seq2SeqWeights(String name, Shape shape, Map<String, float[]> tensors) {
        this(name, shape, new NamedTensors(shape.tensors(), tensors));
    }

    private Seq2SeqWeights(String name, Shape shape, NamedTensors tensors) {
        if (shape.v() != Seq2SeqVocabulary.size()) {
            throw new IllegalArgumentException("vocabulary size does not match V");
        }
        this.name = name;
        this.shape = shape;
        this.tensors = tensors;
    }

    public String name() {
        return name;
    }

    public Shape shape() {
        return shape;
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
        for (int x : new int[] {shape.v(), shape.d(), shape.heads(), shape.ff(), shape.encoderLayers(),
                shape.decoderLayers()}) {
            out.writeInt(x);
        }
        tensors.write(out);
        out.flush();
    }

    public static Seq2SeqWeights read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a translation model file");
        }
        String name = in.readUTF();
        Shape shape = new Shape(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
        return new Seq2SeqWeights(name, shape, NamedTensors.read(in, shape.tensors()));
    }
}
