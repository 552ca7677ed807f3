package dev.glassbox.ui.seq2seq;

import static dev.glassbox.ui.seq2seq.TranslateSentences.say;

import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.encoder.FeedForward;
import dev.glassbox.model.encoder.LayerNorm;
import dev.glassbox.model.math.Softmax;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.model.seq2seq.Seq2SeqVocabulary;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.PageLanguage;
import java.util.Arrays;
import java.util.List;

/**
 * The numbers inside one box of Figure 1 for the learner's date, as a {@link Trace}: the box's steps for the chosen
 * layer and head, and — on the decoder's side — for the output written up to the chosen step. Titles and explanations
 * are in the page's language; the attention steps are {@link MultiHeadAttention#trace}'s own.
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
            case INPUTS -> b.add("source", say("t-source"), "", say("t-source-text", "size", Seq2SeqVocabulary.size()), List.of(),
                    new Value.TokenList(source, r.sourceIds()));
            case INPUT_EMBEDDING -> b.add("source-embedding", box.title(), root + "·E[id]",
                    say("t-embedding-text", "size", Seq2SeqVocabulary.size(), "d", d, "root", root), List.of(),
                    matrix(enc.embedded(), source, dims));
            case INPUT_POSITIONS -> {
                b.add("source-positions", say("t-positions"), "PE(pos, 2i) = sin(pos/10000^(2i/d)), PE(pos, 2i+1) = cos(…)",
                        say("t-positions-text"), List.of(), matrix(enc.positions(), source, dims));
                b.add("encoder-input", say("t-encoder-input"), "x⁰ = " + root + "·E[id] + PE",
                        say("t-encoder-input-text"), List.of(), matrix(enc.input(), source, dims));
            }
            case ENCODER_ATTENTION -> {
                b.add("encoder-input", say("t-encoder-reads", "layer", layer), layer == 0 ? "x = x⁰"
                        : say("eq-encoder-previous", "previous", layer - 1), say("t-rows-source"), List.of(),
                        matrix(layer == 0 ? enc.input() : enc.layers().get(layer - 1).output(), source, dims));
                MultiHeadAttention.trace(b, e.self(), head, source, "encoder-input", PageLanguage.current());
            }
            case ENCODER_NORM_1 -> addNorm(b, "encoder-1", e.sum1(), e.norm1(), source, dims, "x + SelfAttention(x)");
            case ENCODER_FFN -> feedForward(b, "encoder", e.feedForward(), source, dims, wide);
            case ENCODER_NORM_2 -> addNorm(b, "encoder-2", e.sum2(), e.norm2(), source, dims,
                    layer == model.shape().encoderLayers() - 1 ? say("eq-memory-sum") : "x + FFN(x)");
            case OUTPUTS -> b.add("target", say("t-target"), "", say("t-target-text"), List.of(),
                    new Value.TokenList(read, Arrays.stream(dec.input()).boxed().toList()));
            case OUTPUT_EMBEDDING -> b.add("target-embedding", box.title(), root + "·E[id]",
                    say("t-output-embedding-text", "size", Seq2SeqVocabulary.size()), List.of(),
                    matrix(dec.embedded(), read, dims));
            case OUTPUT_POSITIONS -> {
                b.add("target-positions", say("t-positions"), "PE(pos, ·)", say("t-target-positions-text"),
                        List.of(), matrix(dec.positions(), read, dims));
                b.add("decoder-input", say("t-decoder-input"), "y⁰ = " + root + "·E[id] + PE",
                        say("t-decoder-input-text"), List.of(), matrix(dec.x0(), read, dims));
            }
            case MASKED -> {
                b.add("decoder-input", say("t-decoder-reads", "layer", layer), layer == 0 ? "y = y⁰"
                        : say("eq-decoder-previous", "previous", layer - 1), say("t-rows-read"), List.of(),
                        matrix(layer == 0 ? dec.x0() : dec.layers().get(layer - 1).output(), read, dims));
                MultiHeadAttention.trace(b, g.self(), head, read, "decoder-input", PageLanguage.current());
            }
            case DECODER_NORM_1 -> addNorm(b, "decoder-1", g.sum1(), g.norm1(), read, dims, "y + MaskedSelfAttention(y)");
            case CROSS -> {
                b.add("decoder-norm-1", say("t-queries-input"), "y₁ = LN(y + MaskedSelfAttention(y))",
                        say("t-rows-read"), List.of(), matrix(g.norm1().y(), read, dims));
                b.add("memory", say("t-memory"), say("eq-memory"), say("t-memory-text"), List.of(),
                        matrix(enc.memory(), source, dims));
                MultiHeadAttention.trace(b, g.cross(), head, read, source, "decoder-norm-1", "memory", PageLanguage.current());
            }
            case DECODER_NORM_2 -> addNorm(b, "decoder-2", g.sum2(), g.norm2(), read, dims, "y + CrossAttention(y, M)");
            case DECODER_FFN -> feedForward(b, "decoder", g.feedForward(), read, dims, wide);
            case DECODER_NORM_3 -> addNorm(b, "decoder-3", g.sum3(), g.norm3(), read, dims, "y + FFN(y)");
            case LINEAR -> b.add("logits", say("t-logits"), "logits = y·Eᵀ", say("t-logits-text"), List.of(),
                    matrix(dec.logits(), read, Seq2SeqVocabulary.tokens()));
            case SOFTMAX -> {
                double[][] p = new double[step][];
                for (int j = 0; j < step; j++) {
                    p[j] = Softmax.of(dec.logits()[j]);
                }
                b.add("probabilities", say("t-probabilities"), "p = softmax(logits)", say("t-probabilities-text"), List.of(),
                        new Value.Matrix(p, read, Seq2SeqVocabulary.tokens()));
            }
        }
        return b.build();
    }

    private static void addNorm(Trace.Builder b, String id, float[][] sum, LayerNorm.Result norm, List<String> rows,
                                List<String> dims, String what) {
        b.add(id + "-sum", say("t-add"), what, say("t-add-text"), List.of(), matrix(sum, rows, dims));
        b.add(id + "-norm", say("t-norm"), say("eq-norm"), say("t-norm-text"), List.of(id + "-sum"),
                matrix(norm.y(), rows, dims));
    }

    private static void feedForward(Trace.Builder b, String id, FeedForward.Result f, List<String> rows,
                                    List<String> dims, List<String> wide) {
        b.add(id + "-ffn-hidden", say("t-widen"), "u = x·W₁ + b₁", say("t-widen-text", "n", wide.size()), List.of(),
                matrix(f.hidden(), rows, wide));
        b.add(id + "-relu", "ReLU", "max(0, u)", say("t-relu-text"), List.of(id + "-ffn-hidden"),
                matrix(f.activated(), rows, wide));
        b.add(id + "-ffn-output", say("t-narrow"), "max(0, u)·W₂ + b₂", say("t-narrow-text", "n", dims.size()),
                List.of(id + "-relu"), matrix(f.output(), rows, dims));
    }

    static Value.Matrix matrix(float[][] m, List<String> rows, List<String> columns) {
        return MultiHeadAttention.matrix(m, rows, columns);
    }
}
