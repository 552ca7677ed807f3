package dev.glassbox.model.lstm;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The trained parameters of a one-layer character LSTM with a softmax readout. Gate rows are stacked in the
 * textbook order f, i, g, o (Hochreiter &amp; Schmidhuber 1997; Gers, Schmidhuber &amp; Cummins 2000 for the forget
 * gate). Immutable: accessors return copies or read single entries.
 *
 * <p>File format (big-endian, {@link DataOutputStream}): the magic {@value #MAGIC}, the model name and the known
 * characters as modified UTF-8, then V and H as ints, then wx, wh, b, wy, by as 32-bit floats, row by row.
 */
public final class LstmWeights {

    static final String MAGIC = "glassbox-lstm-1";

    private final String name;
    private final CharVocabulary vocabulary;
    private final double[][] wx; // (4H, V) input weights, one column per character
    private final double[][] wh; // (4H, H) recurrent weights
    private final double[] b;    // (4H) gate biases
    private final double[][] wy; // (V, H) readout weights
    private final double[] by;   // (V) readout biases

    public LstmWeights(String name, CharVocabulary vocabulary, double[][] wx, double[][] wh, double[] b,
                       double[][] wy, double[] by) {
        int v = vocabulary.size();
        int h = wh.length / 4;
        check(wx, 4 * h, v, "wx");
        check(wh, 4 * h, h, "wh");
        check(wy, v, h, "wy");
        if (b.length != 4 * h || by.length != v) {
            throw new IllegalArgumentException("bias sizes do not match");
        }
        this.name = name;
        this.vocabulary = vocabulary;
        this.wx = copy(wx);
        this.wh = copy(wh);
        this.b = b.clone();
        this.wy = copy(wy);
        this.by = by.clone();
    }

    public String name() {
        return name;
    }

    public CharVocabulary vocabulary() {
        return vocabulary;
    }

    /** H, the number of hidden units. */
    public int hiddenSize() {
        return wh[0].length;
    }

    /** V, the number of characters including the unknown one. */
    public int inputSize() {
        return vocabulary.size();
    }

    public double[][] wx() {
        return copy(wx);
    }

    public double[][] wh() {
        return copy(wh);
    }

    public double[] b() {
        return b.clone();
    }

    public double[][] wy() {
        return copy(wy);
    }

    public double[] by() {
        return by.clone();
    }

    /** Gate pre-activations z = Wx·x + Wh·h + b for a one-hot x (column {@code x} of Wx). */
    double[] preActivations(int x, double[] hPrev) {
        int rows = wh.length;
        double[] z = new double[rows]; // (4H)
        for (int r = 0; r < rows; r++) {
            double[] row = wh[r];
            double s = b[r] + wx[r][x];
            for (int k = 0; k < row.length; k++) {
                s += row[k] * hPrev[k];
            }
            z[r] = s;
        }
        return z;
    }

    /** Readout logits y = Wy·h + by. */
    double[] logits(double[] h) {
        double[] y = new double[wy.length]; // (V)
        for (int r = 0; r < wy.length; r++) {
            double s = by[r];
            for (int k = 0; k < h.length; k++) {
                s += wy[r][k] * h[k];
            }
            y[r] = s;
        }
        return y;
    }

    public static LstmWeights read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        String magic = data.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a Glassbox LSTM weights file");
        }
        String name = data.readUTF();
        CharVocabulary vocabulary = new CharVocabulary(data.readUTF());
        int v = data.readInt();
        int h = data.readInt();
        if (v != vocabulary.size()) {
            throw new IOException("vocabulary has " + vocabulary.size() + " entries, header says " + v);
        }
        double[][] wx = readMatrix(data, 4 * h, v);
        double[][] wh = readMatrix(data, 4 * h, h);
        double[] b = readMatrix(data, 1, 4 * h)[0];
        double[][] wy = readMatrix(data, v, h);
        double[] by = readMatrix(data, 1, v)[0];
        return new LstmWeights(name, vocabulary, wx, wh, b, wy, by);
    }

    /** Writes the weights, rounded to 32-bit floats (what {@link #read} gives back exactly). */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeUTF(name);
        data.writeUTF(vocabulary.known());
        data.writeInt(inputSize());
        data.writeInt(hiddenSize());
        writeMatrix(data, wx);
        writeMatrix(data, wh);
        writeMatrix(data, new double[][] {b});
        writeMatrix(data, wy);
        writeMatrix(data, new double[][] {by});
        data.flush();
    }

    private static double[][] readMatrix(DataInputStream data, int rows, int columns) throws IOException {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int c = 0; c < columns; c++) {
                row[c] = data.readFloat();
            }
        }
        return m;
    }

    private static void writeMatrix(DataOutputStream data, double[][] m) throws IOException {
        for (double[] row : m) {
            for (double x : row) {
                data.writeFloat((float) x);
            }
        }
    }

    private static void check(double[][] m, int rows, int columns, String what) {
        if (m.length != rows) {
            throw new IllegalArgumentException(what + " has " + m.length + " rows, expected " + rows);
        }
        for (double[] row : m) {
            if (row.length != columns) {
                throw new IllegalArgumentException(what + " has a row of " + row.length + ", expected " + columns);
            }
        }
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            c[r] = m[r].clone();
        }
        return c;
    }
}
