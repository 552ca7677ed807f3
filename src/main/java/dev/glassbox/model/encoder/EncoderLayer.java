package dev.glassbox.model.encoder;

import dev.glassbox.model.attention.MultiHeadAttention;

/**
 * One post-norm encoder layer, Vaswani et al. 2017, §3.1 and Figure 1 (as in BERT):
 * <pre>
 *   x₁ = LayerNorm(x + MultiHead(x)),   x₂ = LayerNorm(x₁ + FFN(x₁))
 * </pre>
 */
public final class EncoderLayer {

    private final MultiHeadAttention attention;
    private final LayerNorm norm1;
    private final FeedForward feedForward;
    private final LayerNorm norm2;

    public EncoderLayer(MultiHeadAttention attention, LayerNorm norm1, FeedForward feedForward, LayerNorm norm2) {
        this.attention = attention;
        this.norm1 = norm1;
        this.feedForward = feedForward;
        this.norm2 = norm2;
    }

    public MultiHeadAttention attention() {
        return attention;
    }

    /** Every intermediate value of one layer. */
    public record Result(
            float[][] input,                      // (T, dModel)
            MultiHeadAttention.Result attention,
            float[][] residual1,                  // (T, dModel) x + MultiHead(x)
            LayerNorm.Result norm1,
            FeedForward.Result feedForward,
            float[][] residual2,                  // (T, dModel) x₁ + FFN(x₁)
            LayerNorm.Result norm2) {

        public float[][] output() {
            return norm2.y();
        }
    }

    public Result apply(float[][] x, boolean[] mask) {
        // 1) self-attention
        MultiHeadAttention.Result a = attention.apply(x, mask);
        // 2) add & norm
        float[][] residual1 = add(x, a.output());
        LayerNorm.Result n1 = norm1.apply(residual1);
        // 3) feed-forward
        FeedForward.Result f = feedForward.apply(n1.y());
        // 4) add & norm
        float[][] residual2 = add(n1.y(), f.output());
        LayerNorm.Result n2 = norm2.apply(residual2);
        return new Result(x, a, residual1, n1, f, residual2, n2);
    }

    static float[][] add(float[][] a, float[][] b) {
        float[][] sum = new float[a.length][a[0].length]; // (T, dModel)
        for (int t = 0; t < a.length; t++) {
            for (int i = 0; i < a[t].length; i++) {
                sum[t][i] = a[t][i] + b[t][i];
            }
        }
        return sum;
    }
}
