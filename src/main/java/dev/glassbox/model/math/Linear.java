package dev.glassbox.model.math;

/**
 * The affine map of a dense layer, y = xW + b, applied to every row (token) of x. W is stored as ONNX stores a
 * MatMul weight, {@code (in, out)} row-major, so the inner loop runs along contiguous memory.
 *
 * <p>Hand loops rather than Commons Math: this is the forward pass's hot path (about 1.4 GFLOP for 64 tokens);
 * {@link MatMul} computes it, with the Vector API when the run has it.
 */
public final class Linear {

    private final float[] w; // (in, out) in MatMul's packed layout
    private final float[] b; // (out)
    private final int in;
    private final int out;

    public Linear(float[] w, float[] b, int in, int out) {
        if (w.length != in * out || b.length != out) {
            throw new IllegalArgumentException("weights " + w.length + " / bias " + b.length + " do not fit " + in + "×" + out);
        }
        this.w = MatMul.pack(w, in, out);
        this.b = b.clone();
        this.in = in;
        this.out = out;
    }

    public int in() {
        return in;
    }

    public int out() {
        return out;
    }

    /** W[i][j]. */
    public float weight(int i, int j) {
        return w[MatMul.index(i, j, in, out)];
    }

    public float bias(int j) {
        return b[j];
    }

    /** y = xW + b for x of shape (T, in); returns (T, out). */
    public float[][] apply(float[][] x) {
        return MatMul.affinePacked(x, w, b, in, out);
    }
}
