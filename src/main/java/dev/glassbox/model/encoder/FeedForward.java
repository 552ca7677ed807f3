package dev.glassbox.model.encoder;

import dev.glassbox.model.math.Gelu;
import dev.glassbox.model.math.Linear;
import java.util.stream.IntStream;

/**
 * The position-wise feed-forward network, Vaswani et al. 2017, §3.3: FFN(x) = max(0, x·W₁ + b₁)·W₂ + b₂, or with
 * BERT's and GPT-2's GELU (Hendrycks &amp; Gimpel 2016) in place of the ReLU:
 * <pre>
 *   FFN(x) = GELU(x·W₁ + b₁)·W₂ + b₂,   GELU(u) = u · ½(1 + erf(u/√2))
 * </pre>
 * the exact (erf) GELU as the ONNX export computes it (Div by √2, Erf, Add 1, Mul, Mul ½), or GPT-2's tanh form.
 */
public final class FeedForward {

    private static final double TANH_K = Math.sqrt(2 / Math.PI);

    /**
     * The activation: the exact GELU (BERT, MiniLM), GPT-2's tanh approximation ½u(1 + tanh(√(2/π)(u + 0.044715u³))),
     * or the original Transformer's ReLU, max(0, u).
     */
    public enum Activation {
        GELU, GELU_TANH, RELU;

        public double apply(double u) {
            return switch (this) {
                case GELU -> gelu(u);
                case GELU_TANH -> 0.5 * u * (1 + Math.tanh(TANH_K * (u + 0.044715 * u * u * u)));
                case RELU -> Math.max(0, u);
            };
        }
    }

    private final Linear w1; // dModel → dFF
    private final Linear w2; // dFF → dModel
    private final Activation activation;

    public FeedForward(Linear w1, Linear w2) {
        this(w1, w2, Activation.GELU);
    }

    public FeedForward(Linear w1, Linear w2, Activation activation) {
        this.w1 = w1;
        this.w2 = w2;
        this.activation = activation;
    }

    public Activation activation() {
        return activation;
    }

    /**
     * @param hidden    x·W₁ + b₁ (T, dFF)
     * @param activated the activation of it (T, dFF)
     * @param output    (T, dModel)
     */
    public record Result(float[][] hidden, float[][] activated, float[][] output) {
    }

    public static double gelu(double u) {
        return Gelu.of(u);
    }

    public Result apply(float[][] x) {
        // 1) widen
        float[][] hidden = w1.apply(x); // (T, dFF)
        // 2) activation
        float[][] activated = new float[hidden.length][]; // (T, dFF)
        IntStream.range(0, hidden.length).parallel().forEach(t -> {
            float[] a = new float[hidden[t].length];
            if (activation == Activation.GELU) {
                Gelu.apply(hidden[t], a);
            } else {
                for (int i = 0; i < a.length; i++) {
                    a[i] = (float) activation.apply(hidden[t][i]);
                }
            }
            activated[t] = a;
        });
        // 3) narrow
        return new Result(hidden, activated, w2.apply(activated));
    }
}
