package dev.glassbox.ui.encoder;

import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Summaries;
import java.util.List;
import java.util.Optional;

/** The encoder lesson's predict-then-check questions, one before each LayerNorm box and one before the pooling box. */
final class EncoderQuestions {

    /** The mean of one token's numbers after a LayerNorm (before the LayerNorm boxes' steps). */
    static final String NORM_MEAN = "enc-norm-mean";
    /** The length of the sentence embedding (before the pooling box's steps). */
    static final String LENGTH = "enc-length";
    static final double NORM_TOLERANCE = 0.05;
    static final double LENGTH_TOLERANCE = 0.01;

    private EncoderQuestions() {
    }

    /** The question the chosen box asks, if it asks one. */
    static Optional<Prediction> of(EncoderFlow box, EncoderRun run, int layer) {
        Trace trace = run.trace(layer, 0, PageLanguage.current());
        return switch (box) {
            case EMBEDDING_NORM -> Optional.of(normMean(run.tokens(), trace, EncoderRun.EMBEDDING_Z, EncoderRun.EMBEDDING_NORM,
                    "norm-prompt-embeddings", layer));
            case NORM_1 -> Optional.of(normMean(run.tokens(), trace, EncoderRun.NORM_1_Z, EncoderRun.NORM_1,
                    "norm-prompt-first", layer));
            case NORM_2 -> Optional.of(normMean(run.tokens(), trace, EncoderRun.NORM_2_Z, EncoderRun.NORM_2,
                    "norm-prompt-second", layer));
            case POOLING -> Optional.of(length(trace));
            default -> Optional.empty();
        };
    }

    /** Token 1 (the first after [CLS]) when there is one. */
    static int token(List<String> tokens) {
        return tokens.size() > 1 ? 1 : 0;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / x.length);
    }

    /** {@code prompt}: the section asking the question, which names the LayerNorm (of layer {@code layer}). */
    static Prediction normMean(List<String> tokens, Trace trace, String zStep, String outStep, String prompt, int layer) {
        int t = token(tokens);
        double[] z = ((Value.Matrix) trace.step(zStep).value()).values()[t];
        double[] out = ((Value.Matrix) trace.step(outStep).value()).values()[t];
        double mean = mean(out);
        String why = EncoderView.say("norm-why", "dimensions", z.length, "token", tokens.get(t),
                "zMean", Summaries.number(Math.abs(mean(z)) < 5e-5 ? 0 : mean(z), 4), "zSd", Summaries.number(sd(z), 4),
                "mean", Summaries.number(mean), "sd", Summaries.number(sd(out)));
        return Prediction.number(NORM_MEAN, EncoderView.say(prompt, "layer", layer, "dimensions", z.length,
                "token", tokens.get(t)), mean, NORM_TOLERANCE, Summaries.number(mean), why);
    }

    static Prediction length(Trace trace) {
        double[] m = ((Value.Vector) trace.step(EncoderRun.MEAN_POOLING).value()).values();
        double[] e = ((Value.Vector) trace.step(EncoderRun.SENTENCE_EMBEDDING).value()).values();
        double lengthM = norm(m);
        double lengthE = norm(e);
        String why = EncoderView.say("length-why", "lengthM", Summaries.number(lengthM),
                "lengthE", Summaries.number(lengthE, 6));
        return Prediction.number(LENGTH, EncoderView.say("length-prompt", "dimensions", e.length),
                lengthE, LENGTH_TOLERANCE, Summaries.number(lengthE, 6), why);
    }

    static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
