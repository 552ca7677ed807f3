package dev.glassbox.model.stats;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.LayerNorm;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Layer normalisation is a z-score: for one token's d_model numbers x, LN(x) = γ ⊙ (x − μ) / √(σ² + ε) + β with the
 * population mean μ and variance σ² of those numbers (Ba, Kiros &amp; Hinton 2016, "Layer Normalization", eq. 4;
 * ε = 10⁻¹² in all-MiniLM-L6-v2, far below float rounding). This class standardises the embedding-stage input of
 * one token with {@link ZScoreTable} and then scales and shifts it with the model's own γ and β.
 */
public final class LayerNormZScores {

    public static final String SCALE_SHIFT = "scale-shift", CHECK = "encoder-check";

    /**
     * @param token          the token's text
     * @param table          the z-score table of its numbers (population σ)
     * @param y              γ·z + β (dModel)
     * @param maxDifference  the largest |y − the encoder's own LayerNorm output|
     */
    public record Result(String token, ZScoreTable table, double[] y, double maxDifference, Trace trace) {
        public Result {
            y = y.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }
    }

    private LayerNormZScores() {
    }

    /** The embedding LayerNorm of token {@code t} of {@code run}, as a z-score table; γ and β from {@code norm}. */
    public static Result of(EncoderRun run, LayerNorm norm, int t) {
        return of(run, norm, t, Language.ENGLISH);
    }

    /** {@link #of(EncoderRun, LayerNorm, int)}, the steps written in {@code language}. */
    public static Result of(EncoderRun run, LayerNorm norm, int t, Language language) {
        float[] xf = run.embeddings().sum()[t]; // (dModel)
        float[] encoderY = run.embeddings().norm().y()[t]; // (dModel)
        double[] x = new double[xf.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = xf[j];
        }
        // 1) standardise: z = (x − μ) / σ
        ZScoreTable table = ZScoreTable.of(x, SdKind.POPULATION);
        // 2) scale and shift: y = γ·z + β
        double[] y = new double[x.length]; // (dModel)
        double maxDifference = 0;
        List<List<Object>> rows = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
            double z = table.rows().get(j).z();
            y[j] = norm.gamma(j) * z + norm.beta(j);
            maxDifference = Math.max(maxDifference, Math.abs(y[j] - encoderY[j]));
            rows.add(List.of("d" + j, x[j], z, (double) norm.gamma(j), (double) norm.beta(j), y[j]));
        }
        String token = run.tokens().get(t);
        Trace.Builder trace = Trace.builder();
        table.trace(language).steps().forEach(trace::add);
        trace.add(SCALE_SHIFT, StatsText.zscores(language, "step-scale-shift"), "y = γ · z + β",
                        StatsText.zscores(language, "step-scale-shift-why"), List.of(ZScoreTable.Z),
                        new Value.Table(List.of(StatsText.zscores(language, "col-dimension"), "x", "z", "γ", "β", "y"), rows))
                .add(CHECK, StatsText.zscores(language, "step-check"),
                        "max |y − LN(x)| = " + StatsText.number(maxDifference, language),
                        StatsText.zscores(language, "step-check-why", "token", token),
                        List.of(SCALE_SHIFT), new Value.Scalar(maxDifference));
        return new Result(token, table, y, maxDifference, trace.build());
    }
}
