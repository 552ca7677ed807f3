package dev.glassbox.ui.seq2seq;

import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.encoder.FeedForward;
import dev.glassbox.model.encoder.LayerNorm;
import dev.glassbox.model.math.Softmax;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.model.seq2seq.Seq2SeqVocabulary;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.Arrays;
import java.util.List;

/**
 * The numbers inside one box of Figure 1 for the learner's date, as a {@link Trace}: the box's steps for the chosen
 * layer and head, and — on the decoder's side — for the output written up to the chosen step.
 */
final class TranslateTrace {

    private TranslateTrace() {
    }

    static Trace of(TranslateReading r, TranslateFlow box, int layer, int head, int step) {
        Seq2SeqTransformer model = r.model();
        int d = model.shape().d();
        List<String> dims = MultiHeadAttention.dimensions(d, "");
        List<String> wide = MultiHeadAttention.dimensions(model.shape().ff(), "");
        List<String> source = r.sourceLabels();
        List<String> read = r.read(step);
        Seq2SeqTransformer.Encoding enc = r.translation().encoding();
        Seq2SeqTransformer.Decoding dec = model.decode(enc, Arrays.copyOf(r.translation().decoding().input(), step));
        Seq2SeqTransformer.EncoderLayer e = enc.layers().get(layer);
        Seq2SeqTransformer.DecoderLayer g = dec.layers().get(layer);
        String root = "√" + d;
        Trace.Builder b = Trace.builder();
        switch (box) {
            case INPUTS -> b.add("source", "The source, one character per token", "",
                    "Each character's id is its place in the model's list of " + Seq2SeqVocabulary.size()
                            + " tokens (id 0 stands for any character it does not know).", List.of(),
                    new Value.TokenList(source, r.sourceIds()));
            case INPUT_EMBEDDING -> b.add("source-embedding", "Input embedding", root + "·E[id]",
                    "Each id picks its row of the embedding matrix E (" + Seq2SeqVocabulary.size() + " × " + d
                            + "), multiplied by " + root + " as in the paper.", List.of(), matrix(enc.embedded(), source, dims));
            case INPUT_POSITIONS -> {
                b.add("source-positions", "Sinusoidal positions", "PE(pos, 2i) = sin(pos/10000^(2i/d)), PE(pos, 2i+1) = cos(…)",
                        "Fixed, not learned: the same waves as in the positions lesson.", List.of(),
                        matrix(enc.positions(), source, dims));
                b.add("encoder-input", "x⁰ = embedding + position", "x⁰ = " + root + "·E[id] + PE",
                        "What the first encoder layer reads.", List.of(), matrix(enc.input(), source, dims));
            }
            case ENCODER_ATTENTION -> {
                b.add("encoder-input", "What encoder layer " + layer + " reads: x", layer == 0 ? "x = x⁰"
                        : "x = output of encoder layer " + (layer - 1), "One row per source character.", List.of(),
                        matrix(layer == 0 ? enc.input() : enc.layers().get(layer - 1).output(), source, dims));
                MultiHeadAttention.trace(b, e.self(), head, source, "encoder-input");
            }
            case ENCODER_NORM_1 -> addNorm(b, "encoder-1", e.sum1(), e.norm1(), source, dims, "x + SelfAttention(x)");
            case ENCODER_FFN -> feedForward(b, "encoder", e.feedForward(), source, dims, wide);
            case ENCODER_NORM_2 -> addNorm(b, "encoder-2", e.sum2(), e.norm2(), source, dims,
                    "x + FFN(x)" + (layer == model.shape().encoderLayers() - 1 ? ": the memory M the decoder reads" : ""));
            case OUTPUTS -> b.add("target", "The decoder's input: <s> and the output so far", "",
                    "Shifted right: at step j the decoder reads <s> and the j − 1 tokens already written.", List.of(),
                    new Value.TokenList(read, Arrays.stream(dec.input()).boxed().toList()));
            case OUTPUT_EMBEDDING -> b.add("target-embedding", "Output embedding", root + "·E[id]",
                    "The same matrix E as the input embedding: one table of " + Seq2SeqVocabulary.size()
                            + " rows for both sides.", List.of(), matrix(dec.embedded(), read, dims));
            case OUTPUT_POSITIONS -> {
                b.add("target-positions", "Sinusoidal positions", "PE(pos, ·)", "The same waves, from position 0.",
                        List.of(), matrix(dec.positions(), read, dims));
                b.add("decoder-input", "y⁰ = embedding + position", "y⁰ = " + root + "·E[id] + PE",
                        "What the first decoder layer reads.", List.of(), matrix(dec.x0(), read, dims));
            }
            case MASKED -> {
                b.add("decoder-input", "What decoder layer " + layer + " reads: y", layer == 0 ? "y = y⁰"
                        : "y = output of decoder layer " + (layer - 1), "One row per token read so far.", List.of(),
                        matrix(layer == 0 ? dec.x0() : dec.layers().get(layer - 1).output(), read, dims));
                MultiHeadAttention.trace(b, g.self(), head, read, "decoder-input");
            }
            case DECODER_NORM_1 -> addNorm(b, "decoder-1", g.sum1(), g.norm1(), read, dims, "y + MaskedSelfAttention(y)");
            case CROSS -> {
                b.add("decoder-norm-1", "The queries' input: the decoder after its masked attention", "y₁ = LN(y + MaskedSelfAttention(y))",
                        "One row per token read so far.", List.of(), matrix(g.norm1().y(), read, dims));
                b.add("memory", "The keys' and values' input: the encoder's output M", "M = output of the last encoder layer",
                        "One row per source character; the same M for every decoder layer and every step.", List.of(),
                        matrix(enc.memory(), source, dims));
                MultiHeadAttention.trace(b, g.cross(), head, read, source, "decoder-norm-1", "memory");
            }
            case DECODER_NORM_2 -> addNorm(b, "decoder-2", g.sum2(), g.norm2(), read, dims, "y + CrossAttention(y, M)");
            case DECODER_FFN -> feedForward(b, "decoder", g.feedForward(), read, dims, wide);
            case DECODER_NORM_3 -> addNorm(b, "decoder-3", g.sum3(), g.norm3(), read, dims, "y + FFN(y)");
            case LINEAR -> b.add("logits", "Logits", "logits = y·Eᵀ",
                    "One score per token of the vocabulary: the last decoder layer's output times the embedding "
                            + "matrix, transposed (the paper shares it).", List.of(),
                    matrix(dec.logits(), read, Seq2SeqVocabulary.tokens()));
            case SOFTMAX -> {
                double[][] p = new double[step][];
                for (int j = 0; j < step; j++) {
                    p[j] = Softmax.of(dec.logits()[j]);
                }
                b.add("probabilities", "Output probabilities", "p = softmax(logits)",
                        "Row j: the distribution the token of step j + 1 is chosen from; greedy decoding takes the "
                                + "largest. Every row sums to 1.", List.of(),
                        new Value.Matrix(p, read, Seq2SeqVocabulary.tokens()));
            }
        }
        return b.build();
    }

    private static void addNorm(Trace.Builder b, String id, float[][] sum, LayerNorm.Result norm, List<String> rows,
                                List<String> dims, String what) {
        b.add(id + "-sum", "Add: the residual connection", what,
                "The sub-layer's output is added to its input, number by number.", List.of(), matrix(sum, rows, dims));
        b.add(id + "-norm", "Norm: LayerNorm of the sum", "γ ⊙ (sum − μ)/√(σ² + ε) + β",
                "The original Transformer normalises after the addition (post-LN): every row gets mean 0 and "
                        + "variance 1 again, then a learned scale γ and shift β.", List.of(id + "-sum"),
                matrix(norm.y(), rows, dims));
    }

    private static void feedForward(Trace.Builder b, String id, FeedForward.Result f, List<String> rows,
                                    List<String> dims, List<String> wide) {
        b.add(id + "-ffn-hidden", "Feed-forward: widen", "u = x·W₁ + b₁",
                "Each position on its own is multiplied into " + wide.size() + " numbers.", List.of(),
                matrix(f.hidden(), rows, wide));
        b.add(id + "-relu", "ReLU", "max(0, u)", "Negative numbers become 0, as in the paper.",
                List.of(id + "-ffn-hidden"), matrix(f.activated(), rows, wide));
        b.add(id + "-ffn-output", "Feed-forward: narrow", "max(0, u)·W₂ + b₂",
                "A second matrix brings each position back to " + dims.size() + " numbers.", List.of(id + "-relu"),
                matrix(f.output(), rows, dims));
    }

    static Value.Matrix matrix(float[][] m, List<String> rows, List<String> columns) {
        return MultiHeadAttention.matrix(m, rows, columns);
    }
}
